using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Data.Reports;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>
/// <c>/desk/cases/{id}/contacts</c>: the police liaison sees how to reach each reporter of a case
/// referred to the police, to take statements. Every view (each page of it) joins the case's audit
/// trail; the trail names the viewer and the page, never the contacts.
/// </summary>
[Authorize(Policy = Policies.PoliceDesk)]
internal sealed class ContactsModel(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public CaseRecord Record { get; private set; } = null!;

    public IReadOnlyList<(ReportRecord Report, ReporterContact Contact)> Reports { get; private set; } = [];

    public int ReportCount { get; private set; }

    public int PageNumber { get; private set; }

    public int PageCount => Math.Max(1, (ReportCount + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(long id, int p, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Cases.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var linked = db.Reports.AsNoTracking().Where(r => db.CaseReports.Any(l => l.CaseId == id && l.ReportId == r.Id));
        (Record, ReportCount) = (record, await linked.CountAsync(cancellationToken));
        PageNumber = Math.Clamp(p, 1, PageCount);
        var shown = await linked.Include(r => r.Reporter).OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        Reports = [.. shown.Select(r => (r, ReporterContact.Of(r.Reporter)))];

        CaseAccessAudit.Record(db, record, caller, CaseAction.ReporterContactsViewed, $"reporter contacts viewed (page {PageNumber}, {shown.Count} reports)", time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        // The page holds personal data: no cache may keep it.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
