namespace CallWarden.Data.Privacy;

/// <summary>What a withdrawal removed, section by section (counts only), and when.</summary>
public sealed record WithdrawalOutcome(DateTimeOffset At, IReadOnlyDictionary<string, int> Removed)
{
    /// <summary>The counts as the audit keeps them: <c>reports=3 rules=1 …</c>.</summary>
    public string Detail => string.Join(" ", Removed.Select(r => $"{r.Key}={r.Value}"));
}
