using CallWarden.Core.Reports;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Core.Tests.Reports;

/// <summary>A parser whose clock stands at <see cref="Now"/>, Sunday 2026-11-29 10:00 China time.</summary>
internal static class SmsParserFixture
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, China);

    /// <summary>The example call time every reply shows: yesterday 14:30.</summary>
    public const string ExampleTime = "2026-11-28 14:30";

    public static SmsCommandParser Parser(SmsGrammarOptions? options = null) =>
        new(new FakeTimeProvider(Now), options ?? new SmsGrammarOptions());

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, China);
}
