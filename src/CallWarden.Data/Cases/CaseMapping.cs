using CallWarden.Core.Cases;

namespace CallWarden.Data.Cases;

/// <summary>Between Core's audit events and their rows.</summary>
internal static class CaseMapping
{
    public static CaseAuditRecord ToRecord(AuditEvent e, long holderCaseId) => new()
    {
        HolderCaseId = holderCaseId,
        CaseId = e.CaseId,
        Actor = e.Actor,
        Role = e.Role,
        At = e.At,
        Action = e.Action,
        From = e.From,
        To = e.To,
        Reason = e.Reason,
    };

    public static AuditEvent ToEvent(CaseAuditRecord r) => new(r.CaseId, r.Actor, r.Role, r.At, r.Action, r.From, r.To, r.Reason);
}
