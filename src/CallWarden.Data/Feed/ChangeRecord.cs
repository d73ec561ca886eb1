namespace CallWarden.Data.Feed;

/// <summary>
/// One row of the change feed. <see cref="Sequence"/> only grows, in commit order, so a follower
/// that has applied everything up to N asks for the changes after N and misses nothing.
/// </summary>
public sealed class ChangeRecord
{
    public long Sequence { get; set; }

    public ChangeKind Kind { get; set; }

    public long Number { get; set; }

    /// <summary>A small JSON object with what a follower needs, e.g. <c>{"state":"labelled","score":72}</c>.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset At { get; set; }
}
