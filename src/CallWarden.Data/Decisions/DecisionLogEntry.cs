using CallWarden.Core.Screening;

namespace CallWarden.Data.Decisions;

/// <summary>
/// One screening decision as kept for its subscriber: what the call got and why, short enough to
/// keep many, and the history a dry run replays.
/// </summary>
public sealed class DecisionLogEntry
{
    public long Id { get; set; }

    /// <summary>The id the decision was answered with, so that a caller or proxy log can name it.</summary>
    public required string DecisionId { get; set; }

    /// <summary>The callee's E.164 value.</summary>
    public long Subscriber { get; set; }

    /// <summary>The caller's E.164 value; 0 when the number was withheld or invalid.</summary>
    public long Caller { get; set; }

    public DateTimeOffset At { get; set; }

    public Disposition Action { get; set; }

    public int SipCode { get; set; }

    /// <summary>The deciding rule's id (<c>blocklist</c>, <c>reputation</c>, …).</summary>
    public required string DecidingRule { get; set; }

    public string? Label { get; set; }

    /// <summary>The reasons' texts, joined with "; ", cut to the column's length.</summary>
    public required string Reasons { get; set; }
}
