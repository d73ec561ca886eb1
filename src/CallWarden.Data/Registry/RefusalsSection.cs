using CallWarden.Core.Registry;
using CallWarden.Data.Feed;
using CallWarden.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Registry;

/// <summary>
/// The subscriber's refusal of marketing calls (issue #10 parts 2 and 5): the categories, how and when.
/// Withdrawing consent deletes it and tells every node through the change feed, as a change of the
/// refusal does: CallWarden then holds nothing about the number, and its marketing calls ring again.
/// </summary>
internal sealed class RefusalsSection : IPersonalDataSection
{
    public string Name => "refusals";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        var row = await db.Refusals.AsNoTracking().SingleOrDefaultAsync(r => r.Subscriber == subject.E164, cancellationToken).ConfigureAwait(false);
        return row is null
            ? new { registered = false }
            : new { registered = true, categories = row.Categories.ToCodes(), row.Channel, row.RegisteredAt, row.UpdatedAt };
    }

    public async Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = await db.Refusals.Where(r => r.Subscriber == subject.E164).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            ChangeFeed.Append(db, ChangeKind.Refusal, subject.E164, new { refused = Array.Empty<string>() }, now);
        }

        return deleted;
    }
}
