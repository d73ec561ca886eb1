using System.Globalization;
using System.Text.Json;
using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Data.Feed;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Registry;

/// <summary>
/// The business registry's writes: an application is stored as it came; an administrator approves
/// it (its numbers enter the registry, each on the change feed) or refuses it (issue #10 part 6); either
/// way the contact phone is told by SMS in the language the application was written in.
/// </summary>
public sealed class BusinessRegistry(IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
{
    /// <summary>Stores a checked application waiting for an administrator; returns its id.</summary>
    /// <param name="through"><c>web</c>, or <c>api key:#12</c>.</param>
    /// <param name="language">The language the applicant wrote in: the decision's notice to the contact phone uses it.</param>
    public async Task<int> ApplyAsync(CheckedApplication application, string through, DisplayLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var business = new BusinessRecord
            {
                Name = application.Name.Simplified,
                NameTraditional = application.Name.Traditional,
                NameEnglish = application.Name.English,
                Licence = application.Licence,
                ContactName = application.ContactName,
                ContactPhone = application.ContactPhone,
                ContactEmail = application.ContactEmail,
                State = BusinessState.Applied,
                AppliedAt = time.GetUtcNow(),
                AppliedThrough = through,
                Language = language.Tag(),
                Lines = [.. application.Lines.Select(l => new BusinessLineRecord { Number = l.Number, Kind = l.Kind, Categories = l.Categories })],
            };
            db.Businesses.Add(business);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return business.Id;
        }
    }

    /// <summary>Approves a waiting application: its numbers enter the registry and every node learns it from the feed.</summary>
    public Task<BusinessDecision> ApproveAsync(int id, string by, CancellationToken cancellationToken = default) =>
        DecideAsync(id, by, BusinessState.Approved, null, cancellationToken);

    /// <summary>Refuses a waiting application with the administrator's note; nothing enters the registry.</summary>
    public Task<BusinessDecision> RefuseAsync(int id, string by, string? note, CancellationToken cancellationToken = default) =>
        DecideAsync(id, by, BusinessState.Refused, note, cancellationToken);

    private async Task<BusinessDecision> DecideAsync(int id, string by, BusinessState state, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The feed's lock also serialises approvals, so two cannot both take one number.
                await ChangeFeed.LockAsync(db, cancellationToken).ConfigureAwait(false);
                var business = await db.Businesses.Include(b => b.Lines).SingleOrDefaultAsync(b => b.Id == id, cancellationToken).ConfigureAwait(false);
                if (business is null)
                {
                    return BusinessDecision.NotFound;
                }

                if (business.State != BusinessState.Applied)
                {
                    return BusinessDecision.AlreadyDecided;
                }

                var now = time.GetUtcNow();
                if (state == BusinessState.Approved)
                {
                    var numbers = business.Lines.Select(l => l.Number).ToList();
                    var taken = await db.BusinessLines.AnyAsync(
                        l => numbers.Contains(l.Number) && l.BusinessId != id && db.Businesses.Any(b => b.Id == l.BusinessId && b.State == BusinessState.Approved),
                        cancellationToken).ConfigureAwait(false);
                    if (taken)
                    {
                        return BusinessDecision.NumberTaken;
                    }

                    foreach (var line in business.Lines)
                    {
                        ChangeFeed.Append(db, ChangeKind.BusinessLine, line.Number, new { business = id, kind = line.Kind.ToString(), categories = line.Categories.ToCodes() }, now);
                    }

                    ChangeFeed.Append(db, ChangeKind.Business, id, new { approved = true }, now);
                }

                (business.State, business.DecidedAt, business.DecidedBy, business.DecisionNote) = (state, now, by, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
                // The applicant learns the decision on the contact phone, in the same transaction: never one without the other.
                db.Outbox.Add(new OutboxMessage
                {
                    Channel = OutboxChannel.Sms,
                    Recipient = "+" + business.ContactPhone.ToString(CultureInfo.InvariantCulture),
                    Language = business.Language,
                    TemplateKey = OutboxTemplates.BusinessDecided,
                    Parameters = JsonSerializer.Serialize(new { approved = state == BusinessState.Approved, name = business.Name, lines = business.Lines.Count, note = business.DecisionNote }),
                    DedupKey = $"business:{id}:decided",
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return BusinessDecision.Done;
            }
        }
    }
}
