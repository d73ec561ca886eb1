using System.Globalization;
using CallWarden.Core.Cases;
using CallWarden.Core.Text;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Data.Workflow;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using CallWarden.Web.Problems;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.CarrierDesk;

/// <summary>
/// <c>/desk/cases/{id}/action</c>: a carrier operator records what its carrier did about a case's
/// number. The form goes through <see cref="CaseChanges.RecordAction"/> — the API's own path — so the
/// workflow records the action, queues the result for every reporter and closes the case at once.
/// A case of another carrier is 404, as in the API.
/// </summary>
[Authorize(Policy = Policies.Desk)]
[Authorize(Policy = Policies.CarrierActions)]
internal sealed class ActionModel(
    IDbContextFactory<CallWardenDbContext> contexts, CaseWorkflow workflow, CaseDeadlines deadlines, TimeProvider time, IStringLocalizer<CarrierDeskText> text) : PageModel
{
    /// <summary>The reports the page lists at most; a case with more says how many it has.</summary>
    public const int MaxReportsShown = 100;

    public static readonly string[] FieldOrder = [nameof(Kind), nameof(Days), nameof(Note)];

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Days { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public CaseRecord Record { get; private set; } = null!;

    public IReadOnlyList<CaseReportView> Reports { get; private set; } = [];

    public int ReportCount { get; private set; }

    public int ReporterCount { get; private set; }

    /// <summary>The deadline to act as the desk words it; null when the case never waited for the carrier.</summary>
    public (string Text, bool Overdue)? Deadline { get; private set; }

    /// <summary>The action recorded on the case, if any: the form is shown only while none is.</summary>
    public CarrierActionRecord? Recorded { get; private set; }

    /// <summary>True right after this operator's action was saved: the page confirms it.</summary>
    public bool Saved { get; private set; }

    /// <summary>The case waits for the carrier: the form can be sent.</summary>
    public bool Open => Recorded is null && Record.State == CaseState.Forwarded;

    public async Task<IActionResult> OnGetAsync(long id, bool saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Saved = saved && Recorded is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var request = Check();
        if (request is null)
        {
            return Page();
        }

        var errors = new FieldErrors();
        var (found, refusal) = await CaseChanges.RecordAction(id, request, Caller.From(User).ToActor(), workflow, errors, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (errors.Any || refusal is not null)
        {
            // The page checked every field first: what is left is the case itself (another operator was quicker).
            ModelState.AddModelError(nameof(Kind), text["CaseRefused"]);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        return RedirectToPage(new { id, saved = true });
    }

    /// <summary>The form as the API's request, or null with each problem worded beside its field.</summary>
    private CaseRequest? Check()
    {
        var kindKnown = CarrierActionKinds.TryParse(Kind, out var kind) && ActionForm.Kinds.Contains(kind);
        if (!kindKnown)
        {
            ModelState.AddModelError(nameof(Kind), text["KindMissing"]);
        }

        int? days = null;
        if (kindKnown && ActionForm.TakesDays(kind))
        {
            var typed = TypedDigits.Ascii(Days);
            if (typed.Length == 0)
            {
                ModelState.AddModelError(nameof(Days), text["DaysMissing", CaseChanges.MaxRestrictionDays]);
            }
            else if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > CaseChanges.MaxRestrictionDays)
            {
                ModelState.AddModelError(nameof(Days), text["DaysOutOfRange", CaseChanges.MaxRestrictionDays]);
            }
            else
            {
                days = n;
            }
        }

        var note = Note?.Trim() ?? string.Empty;
        if (note.Length == 0)
        {
            ModelState.AddModelError(nameof(Note), text["NoteMissing"]);
        }
        else if (note.Length > CaseChanges.MaxReason)
        {
            ModelState.AddModelError(nameof(Note), text["NoteTooLong", CaseChanges.MaxReason, note.Length]);
        }
        else if (VisibleText.Problem(note, CaseChanges.MaxReason, multiline: true) is not null)
        {
            ModelState.AddModelError(nameof(Note), text["NoteHidden"]);
        }

        return ModelState.ErrorCount > 0 ? null : new CaseRequest(note, Kind: CarrierActionKinds.Code(kind), Days: days);
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Cases.AsNoTracking().VisibleTo(Caller.From(User)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null || await workflow.LoadAsync(id, cancellationToken) is not { } c)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var linked = db.Reports.AsNoTracking().Where(r => db.CaseReports.Any(l => l.CaseId == id && l.ReportId == r.Id));
        var reports = await linked.Include(r => r.Reporter).OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(MaxReportsShown).ToListAsync(cancellationToken);
        (Record, Reports) = (record, CaseDetail.Of(record, reports, [], [], unmasked: false, now).Reports);
        ReportCount = await linked.CountAsync(cancellationToken);
        ReporterCount = await linked.Select(r => r.ReporterId).Distinct().CountAsync(cancellationToken);
        Recorded = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        Deadline = ActDeadline.Describe(c, deadlines, now, text, SiteLanguages.Current);
        return true;
    }
}
