using CallWarden.Data;
using CallWarden.Data.Registry;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Pages.Desk.Registry;

/// <summary>
/// <c>/desk/complaints</c>: the centre's queue of automatic complaints against registered marketing
/// lines, counted per business and listed newest first with the blocking decision as evidence;
/// <c>?business=</c> keeps one business's (bookmarkable) (issue #10 part 6).
/// </summary>
[Authorize(Policy = Policies.Centre)]
internal sealed class ComplaintsModel(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time) : PageModel
{
    private const int Listed = 200;

    [BindProperty(SupportsGet = true, Name = "business")]
    public int? Business { get; set; }

    public IReadOnlyList<BusinessComplaints> ByBusiness { get; private set; } = [];

    public IReadOnlyList<MarketingComplaint> Latest { get; private set; } = [];

    /// <summary>Business names by id, for the list.</summary>
    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var since = time.GetUtcNow().AddDays(-30);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.MarketingComplaints.AsNoTracking().GroupBy(c => c.BusinessId)
            .Select(g => new { Business = g.Key, Total = g.Count(), Recent = g.Count(c => c.At >= since), Latest = g.Max(c => c.At) })
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.Business).ToList();
        Names = await db.Businesses.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        ByBusiness = [.. counts.OrderByDescending(c => c.Recent).ThenByDescending(c => c.Total)
            .Select(c => new BusinessComplaints(c.Business, Names.GetValueOrDefault(c.Business) ?? string.Empty, c.Recent, c.Total, c.Latest))];
        var latest = db.MarketingComplaints.AsNoTracking();
        if (Business is { } only)
        {
            latest = latest.Where(c => c.BusinessId == only);
        }

        Latest = await latest.OrderByDescending(c => c.Id).Take(Listed).ToListAsync(cancellationToken);
    }
}
