using CallWarden.Data;
using CallWarden.Data.Evidence;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using CallWarden.Web.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// <c>/desk/cases/{id}/evidence/{sha256}</c>: one file of one of the case's reports, for whoever may
/// see the case (the same <see cref="CaseScope"/>; else the 404 page). The hash must belong to a
/// report of this case, so a file is never reachable through a case that does not hold it.
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
internal sealed class EvidenceModel(IDbContextFactory<CallWardenDbContext> contexts, EvidenceStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, string sha256)
    {
        if (!EvidenceStore.IsSha256(sha256))
        {
            return NotFound();
        }

        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var caller = Caller.From(User);
        if (!await db.Cases.AsNoTracking().VisibleTo(caller).AnyAsync(c => c.Id == id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var item = await db.Evidence.AsNoTracking()
            .Where(e => e.Sha256 == sha256 && db.CaseReports.Any(l => l.CaseId == id && l.ReportId == e.ReportId))
            .OrderBy(e => e.Id)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        var bytes = item is null ? null : await store.ReadAsync(sha256, HttpContext.RequestAborted);
        if (item is null || bytes is null)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        var type = EvidenceServing.ContentType(item.DetectedType);
        return EvidenceServing.IsInline(item.DetectedType)
            ? new FileContentResult(bytes, type) { EnableRangeProcessing = true }
            : File(bytes, type, EvidenceServing.DownloadName(item.FileName, item.DetectedType, sha256));
    }
}
