using System.Text.Json;
using CallWarden.Data.Feed;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// The subscriber's screening rules as stored, with their flags (label only, the marketing refusal).
/// Withdrawing deletes them and tells every node through the change feed, as a save does, so the
/// screening forgets them within a feed poll.
/// </summary>
internal sealed class RulesSection : IPersonalDataSection
{
    public string Name => "rules";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        var row = await db.SubscriberRules.AsNoTracking().SingleOrDefaultAsync(r => r.Subscriber == subject.E164, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new { saved = false };
        }

        using var rules = JsonDocument.Parse(row.Rules);
        return new { saved = true, row.Version, row.UpdatedAt, rules = rules.RootElement.Clone() };
    }

    public async Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = await db.SubscriberRules.Where(r => r.Subscriber == subject.E164).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            ChangeFeed.Append(db, ChangeKind.Rules, subject.E164, new { version = 0 }, now);
        }

        return deleted;
    }
}
