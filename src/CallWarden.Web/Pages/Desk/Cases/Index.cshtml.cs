using System.Globalization;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Data;
using CallWarden.Data.Workflow;
using CallWarden.Web.Access;
using CallWarden.Web.Cases;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// <c>/desk/cases</c>: the queue every desk role works from, filtered by a GET form whose URL can be
/// shared, paged, with overdue and due-today flags; analysts tick cases (or take all that match)
/// and verify and route them in one go.
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
internal sealed class IndexModel(
    IDbContextFactory<CallWardenDbContext> contexts, CaseDeadlines deadlines, TimeProvider time, CaseWorkflow flow, IAuthorizationService authorization, IStringLocalizer<CaseDeskText> text)
    : PageModel
{
    public CaseFilter Filter { get; private set; } = CaseFilter.Read(_ => null);

    public QueuePage? Result { get; private set; }

    public bool MayTriage { get; private set; }

    public BulkResult? Bulk { get; private set; }

    /// <summary>The bulk form's answers, kept when it comes back with a message.</summary>
    public string? BulkScope { get; private set; }

    public string? BulkRoute { get; private set; }

    public string? BulkNote { get; private set; }

    public IReadOnlySet<long> Ticked { get; private set; } = new HashSet<long>();

    public DisplayLanguage Language => SiteLanguages.Current;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Filter = CaseFilter.Read(name => Request.Query[name].FirstOrDefault());
        await LoadAsync(Page(Request.Query["page"].FirstOrDefault()));
    }

    public async Task<IActionResult> OnPostBulkAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.CasesTriage)).Succeeded)
        {
            return Forbid();
        }

        var form = Request.Form;
        Filter = CaseFilter.Read(name => form[name].FirstOrDefault());
        BulkScope = form["scope"].FirstOrDefault();
        BulkRoute = form["route"].FirstOrDefault();
        BulkNote = form["note"].FirstOrDefault();
        Ticked = form["selected"].Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Take(CaseQueue.BulkLimit).ToHashSet();
        var query = await LoadAsync(Page(form["page"].FirstOrDefault()));

        var note = TriageNote.Check(BulkNote, text, out var noteMessage);
        if (BulkScope is not ("ticked" or "all") || (BulkScope == "ticked" && Ticked.Count == 0))
        {
            ModelState.AddModelError("bulk-scope", text["BulkNoneTicked"]);
        }

        if (BulkRoute is not ("carrier" or "police"))
        {
            ModelState.AddModelError("bulk-route", text["RouteMissing"]);
        }

        if (noteMessage is not null)
        {
            ModelState.AddModelError("bulk-note", noteMessage);
        }

        if (!ModelState.IsValid || query is null)
        {
            return Page();
        }

        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var caller = Caller.From(User);
        IReadOnlyList<long> ids;
        if (BulkScope == "all")
        {
            var matching = await CaseQueue.IdsAsync(db, caller, query, CaseQueue.BulkLimit, deadlines, Now, HttpContext.RequestAborted);
            ids = matching?.Ids ?? [];
        }
        else
        {
            var ticked = Ticked.ToList();
            ids = await db.Cases.AsNoTracking().VisibleTo(caller).Where(c => ticked.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(HttpContext.RequestAborted);
        }

        Bulk = await BulkTriage.VerifyAndRouteAsync(ids, note!, BulkRoute == "police", caller.ToActor(), flow, db, text, HttpContext.RequestAborted);
        BulkNote = null;
        Ticked = new HashSet<long>();
        await LoadAsync(Result?.Page ?? 1);
        return Page();
    }

    /// <summary>The link to another page of this queue, keeping the filter.</summary>
    public string PageLink(int page) =>
        DeskHome.Cases + QueryString.Create([.. Filter.Parameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), KeyValuePair.Create("page", (string?)page.ToString(CultureInfo.InvariantCulture))]).ToUriComponent();

    public string Count(long value) => SiteFormat.Count(value, Language);

    private async Task<CaseQuery?> LoadAsync(int page)
    {
        ModelState.Clear();
        ViewData["FieldOrder"] = (string[])[.. CaseFilter.Fields, "bulk-scope", "bulk-route", "bulk-note"];
        var errors = new List<(string Field, string Message)>();
        var query = Filter.Check(text, errors);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        Now = time.GetUtcNow();
        MayTriage = (await authorization.AuthorizeAsync(User, Policies.CasesTriage)).Succeeded;
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        Result = await CaseQueue.ReadAsync(db, Caller.From(User), query, page, deadlines, Now, HttpContext.RequestAborted);
        if (Result is null)
        {
            ModelState.AddModelError("province", text["ProvinceTooBroad", SiteFormat.Count(CaseQueue.ProvinceNumbers, Language)]);
            return null;
        }

        return query;
    }

    private static int Page(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
}
