using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Web.Access;

namespace CallWarden.Web.Cases;

/// <summary>
/// Privacy rules make every look at reporters' full numbers part of the case's history: the API's
/// <c>?unmask=true</c> and the case page's "show reporters' numbers" both record it here, before
/// the numbers are shown. Only analysts may look.
/// </summary>
internal static class ReporterUnmasking
{
    public static bool Allowed(Caller caller) => caller.Role == Roles.Analyst;

    public static async Task RecordAsync(CallWardenDbContext db, CaseRecord record, Caller caller, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.CaseAudit.Add(new CaseAuditRecord
        {
            HolderCaseId = record.Id,
            CaseId = record.Id,
            Actor = caller.Id,
            Role = ActorRole.Analyst,
            At = now,
            Action = CaseAction.ReportersUnmasked,
            From = record.State,
            To = record.State,
            Reason = reason,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
