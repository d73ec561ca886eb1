using CallWarden.Core.Calendar;

namespace CallWarden.Voice.ReportLine;

/// <summary>
/// The answer to "when did it reach you?" as the call time intake stores: the latest moment the answer
/// allows, so that it is never in the future and the carrier searches back from it. "Before that" has no time.
/// </summary>
internal static class ReportWhen
{
    public static DateTimeOffset? OccurredAt(char key, DateTimeOffset now) => key switch
    {
        '1' => now,
        '2' => Max(now - TimeSpan.FromHours(1), ChinaTime.StartOf(ChinaTime.DateOf(now))),
        '3' => ChinaTime.StartOf(ChinaTime.DateOf(now)) - TimeSpan.FromTicks(1),
        _ => null,
    };

    public static string Code(char key) => key switch
    {
        '1' => "within_the_hour",
        '2' => "earlier_today",
        '3' => "yesterday",
        _ => "earlier",
    };

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
