using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Web.Access;

namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>
/// Writes a look at a case's personal data into the case's history (as the API's unmasking does):
/// who, when, what — never the data itself. Not a transition: from and to are the current state.
/// </summary>
internal static class CaseAccessAudit
{
    public static void Record(CallWardenDbContext db, CaseRecord record, Caller caller, CaseAction action, string reason, DateTimeOffset at) =>
        db.CaseAudit.Add(new CaseAuditRecord
        {
            HolderCaseId = record.Id,
            CaseId = record.Id,
            Actor = caller.Id,
            Role = ActorRole.PoliceLiaison,
            At = at,
            Action = action,
            From = record.State,
            To = record.State,
            Reason = reason,
        });
}
