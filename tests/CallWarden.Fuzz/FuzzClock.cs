using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Fuzz;

/// <summary>The harnesses' fixed "now" (the SMS tests' Sunday 2026-11-29 10:00 China time): a run depends on its input only.</summary>
internal static class FuzzClock
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(8));

    public static TimeProvider Time() => new FakeTimeProvider(Now);
}
