namespace CallWarden.Data.Registry;

/// <summary>
/// The automatic complaint a blocked call from a registered marketing line to a subscriber who
/// refused its category files against the business; the decision is the evidence (issue #10 part 6).
/// </summary>
public sealed class MarketingComplaint
{
    public long Id { get; set; }

    public int BusinessId { get; set; }

    /// <summary>The marketing line, E.164.</summary>
    public long Caller { get; set; }

    /// <summary>The subscriber who refused, E.164.</summary>
    public long Callee { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The screening decision's id, as the decision log and the proxy know it.</summary>
    public required string DecisionId { get; set; }

    /// <summary>The decision's reasons as the subscriber read them.</summary>
    public required string Evidence { get; set; }
}
