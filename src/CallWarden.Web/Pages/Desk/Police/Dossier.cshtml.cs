using System.Globalization;
using System.Security.Cryptography;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Evidence;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using CallWarden.Web.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>
/// <c>/desk/cases/{id}/dossier</c>: the police liaison downloads the case's dossier
/// (<see cref="CaseDossier"/>). The ZIP's own SHA-256 joins the case's audit trail
/// (<c>sha256:…</c>), so a copy handed on later can be checked against the one issued.
/// </summary>
[Authorize(Policy = Policies.PoliceDesk)]
internal sealed class DossierModel(
    IDbContextFactory<CallWardenDbContext> contexts, EvidenceStore store, TimeProvider time, IStringLocalizer<PoliceDeskText> text) : PageModel
{
    private static readonly CultureInfo PoliceLanguage = CultureInfo.GetCultureInfo("zh-Hans");

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Cases.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var reports = await db.Reports.AsNoTracking().Include(r => r.Reporter)
            .Where(r => db.CaseReports.Any(l => l.CaseId == id && l.ReportId == r.Id))
            .OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.Id).ToList();
        var evidence = await db.Evidence.AsNoTracking().Where(e => reportIds.Contains(e.ReportId)).ToListAsync(cancellationToken);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var sha in evidence.Select(e => e.Sha256).Distinct(StringComparer.Ordinal))
        {
            if (await store.ReadAsync(sha, cancellationToken) is { } bytes)
            {
                files[sha] = bytes;
            }
        }

        var actions = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == id).ToListAsync(cancellationToken);
        var audit = await db.CaseAudit.AsNoTracking().Where(a => a.HolderCaseId == id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var content = new DossierContent(record, reports, evidence, files, actions, audit, caller.Id, now);

        byte[] zip;
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = PoliceLanguage;
        try
        {
            zip = CaseDossier.Build(content, text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(zip));
        CaseAccessAudit.Record(db, record, caller, CaseAction.DossierIssued, "sha256:" + sha256, now);
        await db.SaveChangesAsync(cancellationToken);

        Response.Headers.CacheControl = "no-store";
        var day = ChinaTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return File(zip, "application/zip", $"dossier-{id.ToString(CultureInfo.InvariantCulture)}-{day}.zip");
    }
}
