using CallWarden.Core.Registry;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Registry;

/// <summary>Who may scrub, and the log of scrubs: when, through what, how many in and out — never the list (issue #10 part 7).</summary>
public static class ScrubLog
{
    /// <summary>What the approved marketing lines of <paramref name="business"/> market; none when it has no approved marketing registration (then it may not scrub).</summary>
    public static async Task<MarketingCategories> MarketedByAsync(CallWardenDbContext db, int business, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var categories = await db.BusinessLines.AsNoTracking()
            .Where(l => l.BusinessId == business && l.Kind == BusinessLineKind.Marketing && db.Businesses.Any(b => b.Id == business && b.State == BusinessState.Approved))
            .Select(l => l.Categories).ToListAsync(cancellationToken).ConfigureAwait(false);
        return categories.Aggregate(MarketingCategories.None, (all, one) => all | one);
    }

    public static async Task RecordAsync(CallWardenDbContext db, int business, string through, ScrubTally tally, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Scrubs.Add(new ScrubRecord { BusinessId = business, At = at, Through = through, NumbersIn = tally.NumbersIn, NumbersOut = tally.NumbersOut, BadRows = tally.BadRows });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
