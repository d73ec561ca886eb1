namespace CallWarden.Core.Cases;

/// <summary>How many working days each step of a case may take (configuration section "Deadlines").</summary>
public sealed record DeadlinePolicy
{
    public const string Section = "Deadlines";

    /// <summary>From receipt until the case is forwarded.</summary>
    public int ForwardWithin { get; init; } = 3;

    /// <summary>From forwarding until the carrier records its action.</summary>
    public int ActWithin { get; init; } = 15;

    /// <summary>From the carrier's action until every reporter is told (the case is closed).</summary>
    public int TellWithin { get; init; } = 3;

    /// <summary>Problems with the settings, each naming its key; empty when the policy is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        Check(nameof(ForwardWithin), ForwardWithin);
        Check(nameof(ActWithin), ActWithin);
        Check(nameof(TellWithin), TellWithin);
        return problems;

        void Check(string key, int value)
        {
            if (value is < 0 or > 365)
            {
                problems.Add($"Deadlines:{key} must be between 0 and 365 working days, not {value}");
            }
        }
    }
}
