namespace CallWarden.Core.Screening;

/// <summary>
/// How much a <see cref="RecentCalls"/> memory holds: at most <see cref="Callees"/> callees, each
/// with its <see cref="CallersPerCallee"/> latest callers, for <see cref="KeptFor"/>.
/// </summary>
public sealed record RecentCallLimits
{
    /// <summary>The most callees remembered; past it the callee whose latest call is oldest (of its set of 8) is forgotten.</summary>
    public int Callees { get; init; } = 1_000_000;

    /// <summary>The most callers remembered per callee; past it the one who called longest ago is forgotten.</summary>
    public int CallersPerCallee { get; init; } = 8;

    /// <summary>
    /// How long a call is remembered. The memory keeps calls at least as long as the longest window
    /// a rule reads (<see cref="ScreeningOptions.RepeatCallWindow"/>), whatever this says.
    /// </summary>
    public TimeSpan KeptFor { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Problems with the limits, each naming its key under <paramref name="section"/>; empty when usable.</summary>
    public IReadOnlyList<string> Validate(string section)
    {
        List<string> problems = [];
        if (Callees is < RecentCalls.Ways or > 10_000_000)
        {
            problems.Add($"{section}:{nameof(Callees)} must be between {RecentCalls.Ways} and 10000000");
        }

        if (CallersPerCallee is < 1 or > 64)
        {
            problems.Add($"{section}:{nameof(CallersPerCallee)} must be between 1 and 64");
        }

        if (KeptFor < TimeSpan.FromMinutes(1) || KeptFor > TimeSpan.FromDays(1))
        {
            problems.Add($"{section}:{nameof(KeptFor)} must be between 00:01:00 and 1.00:00:00");
        }

        return problems;
    }
}
