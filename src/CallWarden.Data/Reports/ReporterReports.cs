using CallWarden.Core.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Reports;

/// <summary>A reporter following their own report by phone: the SMS command <c>CX</c> and the report line's key 2.</summary>
public static class ReporterReports
{
    /// <summary>
    /// The state of the case holding the report <paramref name="reference"/> when the phone <paramref name="phone"/>
    /// (E.164 digits) filed it; null otherwise, so that no other phone learns anything, even that it exists.
    /// </summary>
    public static async Task<CaseState?> CaseStateAsync(IDbContextFactory<CallWardenDbContext> contexts, string reference, long phone, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var report = await db.Reports.AsNoTracking()
                .Where(r => r.Reference == reference && r.Reporter!.Phone == phone)
                .Select(r => new { r.CaseId })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                return null;
            }

            return await db.Cases.AsNoTracking().Where(c => c.Id == report.CaseId).Select(c => c.State).FirstAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
