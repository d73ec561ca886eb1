using System.Globalization;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data;
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

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// <c>/desk/cases/{id}</c>: one case for anyone whose scope holds it (else the 404 page), and for
/// the centre the forms that move it — each with a required note, each through the same
/// <see cref="CaseChanges"/> as <c>POST /api/v1/cases/{id}/…</c>.
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
internal sealed class CaseModel(
    IDbContextFactory<CallWardenDbContext> contexts, CaseDeadlines deadlines, TimeProvider time, CaseWorkflow flow, IAuthorizationService authorization, IStringLocalizer<CaseDeskText> text)
    : PageModel
{
    public CaseFile Current { get; private set; } = null!;

    public Caller Caller => Caller.From(User);

    public bool MayTriage { get; private set; }

    public bool MayUnmask => ReporterUnmasking.Allowed(Caller);

    /// <summary>True on the one page view an analyst asked to see reporters' full numbers on.</summary>
    public bool Unmasked { get; private set; }

    /// <summary>The form that was posted (<c>verify</c>, <c>route</c>, …), whose answers come back with its messages.</summary>
    public string? Posted { get; private set; }

    public string? Note { get; private set; }

    public string? Into { get; private set; }

    /// <summary>Why the case refused the change, in the reader's language.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The change just made (<c>?done=verify</c> after the redirect), for the confirmation.</summary>
    public string? Done { get; private set; }

    public DisplayLanguage Language => SiteLanguages.Current;

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done)
    {
        Done = done is "verify" or "route" or "merge" or "reject" or "dispute" or "resolve" or "close" ? done : null;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostVerifyAsync(long id) => ChangeAsync(id, "verify", CaseChanges.Verify, note => new CaseRequest(note));

    public Task<IActionResult> OnPostRejectAsync(long id) => ChangeAsync(id, "reject", CaseChanges.Reject, note => new CaseRequest(note));

    public Task<IActionResult> OnPostDisputeAsync(long id) => ChangeAsync(id, "dispute", CaseChanges.Dispute, note => new CaseRequest(note));

    public Task<IActionResult> OnPostCloseAsync(long id) => ChangeAsync(id, "close", CaseChanges.Close, note => new CaseRequest(note));

    public Task<IActionResult> OnPostRouteAsync(long id) => ChangeAsync(id, "route", CaseChanges.Route, note =>
    {
        // The list's first choice ("the number's carrier") posts an empty value.
        var carrier = string.IsNullOrEmpty(Form("carrier")) ? null : Form("carrier");
        if (carrier is not null && !QueueChoices.Carriers.Any(c => c.Code() == carrier))
        {
            ModelState.AddModelError("route-carrier", text["ChooseFromList"]);
        }

        return new CaseRequest(note, Carrier: carrier, Police: Form("police") is "true" or "on");
    });

    public Task<IActionResult> OnPostMergeAsync(long id) => ChangeAsync(id, "merge", CaseChanges.Merge, note =>
    {
        Into = Form("into");
        var digits = TypedDigits.Ascii(Into);
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var into) || into <= 0)
        {
            ModelState.AddModelError("merge-into", text["MergeIntoMissingPlain"]);
        }

        return new CaseRequest(note, Into: into);
    });

    public Task<IActionResult> OnPostResolveAsync(long id) => ChangeAsync(id, "resolve", CaseChanges.Resolve, note =>
    {
        bool? upheld = Form("upheld") switch { "true" => true, "false" => false, _ => null };
        if (upheld is null)
        {
            ModelState.AddModelError("resolve-upheld", text["ResolveMissing"]);
        }

        return new CaseRequest(note, Upheld: upheld);
    });

    /// <summary>Shows reporters' full numbers on this one answer, after recording who looked, when and why.</summary>
    public async Task<IActionResult> OnPostUnmaskAsync(long id)
    {
        if (!ReporterUnmasking.Allowed(Caller))
        {
            return Forbid();
        }

        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var record = await db.Cases.AsNoTracking().VisibleTo(Caller).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (record is null)
        {
            return NotFound();
        }

        Posted = "unmask";
        var reason = TriageNote.Check(Form("reason"), text, out var message);
        if (reason is null)
        {
            Note = Form("reason");
            await LoadAsync(id);
            ModelState.AddModelError("unmask-reason", message == text["NoteMissing"] ? text["UnmaskReasonMissing"] : message!);
            return Page();
        }

        await ReporterUnmasking.RecordAsync(db, record, Caller, reason, time.GetUtcNow(), HttpContext.RequestAborted);
        Unmasked = true;
        await LoadAsync(id);
        return Page();
    }

    public string StateName(CaseState state) => text["State_" + state];

    /// <summary>The working day to name for a deadline (a deadline at the start of Monday reads as Friday).</summary>
    public DateOnly DueBy(Deadline deadline) => deadlines.Calendar.LastWorkingDayBefore(deadline.Due);

    private async Task<IActionResult> ChangeAsync(long id, string action, CaseChange change, Func<string?, CaseRequest> request)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.CasesTriage)).Succeeded)
        {
            return Forbid();
        }

        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var record = await db.Cases.AsNoTracking().VisibleTo(Caller).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (record is null)
        {
            return NotFound();
        }

        Posted = action;
        Note = Form("note");
        var note = TriageNote.Check(Note, text, out var noteMessage);
        var body = request(note);
        if (noteMessage is not null)
        {
            ModelState.AddModelError(action + "-note", noteMessage);
        }

        // The page the person acted on showed one version of the case: if it moved since, say so rather than act on what they did not see.
        var stale = int.TryParse(Form("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var seen) && seen != record.Version;
        if (ModelState.IsValid && stale)
        {
            Refusal = CaseRefusals.Stale(text);
        }
        else if (ModelState.IsValid)
        {
            var errors = new FieldErrors();
            try
            {
                var (found, error) = await change(id, body, Caller.ToActor(), flow, errors, HttpContext.RequestAborted);
                if (!found)
                {
                    ModelState.AddModelError("merge-into", text["Refusal_MergeTargetMissing", body.Into ?? 0]);
                }
                else if (error is not null)
                {
                    var now = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.State).FirstAsync(HttpContext.RequestAborted);
                    Refusal = CaseRefusals.Message(error, now, text);
                }
                else if (!errors.Any)
                {
                    return Redirect($"{DeskHome.Cases}/{id}?done={action}");
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                Refusal = CaseRefusals.Stale(text);
            }
        }

        var messages = ModelState.ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToList(), StringComparer.Ordinal);
        await LoadAsync(id);
        foreach (var (field, list) in messages)
        {
            list.ForEach(m => ModelState.AddModelError(field, m));
        }

        return Page();
    }

    private async Task<bool> LoadAsync(long id)
    {
        ModelState.Clear();
        Now = time.GetUtcNow();
        MayTriage = (await authorization.AuthorizeAsync(User, Policies.CasesTriage)).Succeeded;
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var file = await CaseFiles.ReadAsync(db, id, Caller, Unmasked, deadlines, Now, Language, HttpContext.RequestAborted);
        if (file is null)
        {
            return false;
        }

        Current = file;
        ViewData["FieldOrder"] = (string[])["unmask-reason", .. new[] { "verify", "route", "merge", "reject", "dispute", "resolve", "close" }.SelectMany(a => new[] { a + "-carrier", a + "-into", a + "-upheld", a + "-note" })];
        return true;
    }

    private string? Form(string name) => Request.HasFormContentType ? Request.Form[name].FirstOrDefault() : null;
}
