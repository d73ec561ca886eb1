using CallWarden.Core.Cases;

namespace CallWarden.Data.Cases;

/// <summary>
/// One audit event in the history of <see cref="HolderCaseId"/>. <see cref="CaseId"/> is the case
/// it happened to: after a merge the target holds copies of the source's events.
/// </summary>
public sealed class CaseAuditRecord
{
    public long Id { get; set; }

    public long HolderCaseId { get; set; }

    public long CaseId { get; set; }

    public required string Actor { get; set; }

    public ActorRole Role { get; set; }

    public DateTimeOffset At { get; set; }

    public CaseAction Action { get; set; }

    public CaseState? From { get; set; }

    public CaseState To { get; set; }

    public required string Reason { get; set; }
}
