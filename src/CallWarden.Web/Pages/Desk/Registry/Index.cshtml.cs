using CallWarden.Core.Registry;
using CallWarden.Data;
using CallWarden.Data.Access;
using CallWarden.Data.Registry;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Pages.Desk.Registry;

/// <summary>
/// <c>/desk/registry</c>: administrators approve or refuse businesses' applications (the same
/// <see cref="BusinessRegistry"/> the API calls) and issue an approved business with marketing lines
/// a scrub key bound to it, shown once (issue #10 parts 6 and 7).
/// </summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class IndexModel(BusinessRegistry businesses, AccessAccounts accounts, IDbContextFactory<CallWardenDbContext> contexts) : PageModel
{
    private const int Listed = 200;

    public IReadOnlyList<BusinessRecord> Waiting { get; private set; } = [];

    public IReadOnlyList<BusinessRecord> Approved { get; private set; } = [];

    /// <summary>Complaints per approved business.</summary>
    public IReadOnlyDictionary<int, int> Complaints { get; private set; } = new Dictionary<int, int>();

    /// <summary>What the last action did, after its redirect: <c>approved</c>, <c>refused</c>, <c>taken</c>, <c>decided</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public int? Id { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>A scrub key just issued: shown on this answer only.</summary>
    public (int Business, string Secret)? IssuedKey { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync(int business) =>
        Decided(business, await businesses.ApproveAsync(business, Caller.From(User).Id, HttpContext.RequestAborted), "approved");

    public async Task<IActionResult> OnPostRefuseAsync(int business) =>
        Decided(business, await businesses.RefuseAsync(business, Caller.From(User).Id, Note is { Length: > 500 } note ? note[..500] : Note, HttpContext.RequestAborted), "refused");

    public async Task<IActionResult> OnPostKeyAsync(int business)
    {
        await using (var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted))
        {
            if (await ScrubLog.MarketedByAsync(db, business, HttpContext.RequestAborted) == MarketingCategories.None)
            {
                return NotFound();
            }
        }

        var (_, secret) = await accounts.CreateKeyAsync($"scrub B{business}", AccessRole.Client, [Scopes.RegistryScrub], business: business, cancellationToken: HttpContext.RequestAborted);
        IssuedKey = (business, secret);
        await LoadAsync();
        return Page();
    }

    public static string Lines(BusinessRecord business, Func<BusinessLineRecord, string> describe) =>
        string.Join("；", business.Lines.OrderBy(l => l.Id).Select(describe));

    private IActionResult Decided(int business, BusinessDecision decision, string done) => decision == BusinessDecision.NotFound
        ? NotFound()
        : RedirectToPage(new { done = decision switch { BusinessDecision.Done => done, BusinessDecision.NumberTaken => "taken", _ => "decided" }, id = business });

    private async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Waiting = await db.Businesses.AsNoTracking().Include(b => b.Lines).Where(b => b.State == BusinessState.Applied).OrderBy(b => b.Id).Take(Listed).ToListAsync(cancellationToken);
        Approved = await db.Businesses.AsNoTracking().Include(b => b.Lines).Where(b => b.State == BusinessState.Approved).OrderByDescending(b => b.DecidedAt).Take(Listed).ToListAsync(cancellationToken);
        var ids = Approved.Select(b => b.Id).ToList();
        Complaints = await db.MarketingComplaints.AsNoTracking().Where(c => ids.Contains(c.BusinessId)).GroupBy(c => c.BusinessId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
