namespace CallWarden.Core.Cases;

/// <summary>
/// What a case's deadlines are measured on: where it stands, when it was received, and when it
/// first entered forwarded, actioned and closed. The store keeps the first three moments on the
/// case's row, so statistics over many cases read these instead of every case's audit trail.
/// </summary>
/// <param name="ClosedAt">Null while not closed, or when the reader did not load it; the deadline to tell the reporters is then judged only while the case waits for it.</param>
public sealed record CaseTimeline(
    CaseState State,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ForwardedAt,
    DateTimeOffset? ActionedAt,
    DateTimeOffset? ClosedAt = null)
{
    public static CaseTimeline Of(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.State, c.ReceivedAt, c.FirstEnteredAt(CaseState.Forwarded), c.FirstEnteredAt(CaseState.Actioned), c.FirstEnteredAt(CaseState.Closed));
    }
}
