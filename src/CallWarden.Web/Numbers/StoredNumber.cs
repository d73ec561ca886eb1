using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Core.Registry;
using CallWarden.Data.Registry;
using CallWarden.Data.Reputation;
using CallWarden.Web.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Numbers;

/// <summary>
/// What the store says about one number at <see cref="ReadAt"/>: its reputation and the carrier
/// actions in force. The API's lookup and the lookup page both read it here and describe it with
/// <see cref="Describe"/>, so the two never disagree.
/// </summary>
/// <param name="VerifiedAs">The business whose approved customer-service line the number is (issue #10 part 6); null for any other number.</param>
internal sealed record StoredNumber(PhoneNumber Number, NumberReputationRecord? Reputation, IReadOnlyList<EnforcementView> Enforcement, DateTimeOffset ReadAt, BusinessName? VerifiedAs = null)
{
    public static async Task<StoredNumber> ReadAsync(CallWardenDbContext db, PhoneNumber number, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reputation = await db.Reputations.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number.E164, cancellationToken);

        // carrier_actions has no index on the number: this scans the table (see the lookup page's cache).
        var actions = await db.CarrierActions.AsNoTracking()
            .Where(a => a.Number == number.E164 && a.LiftedAt == null && (a.Until == null || a.Until > now))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var inForce = actions.Select(a => EnforcementView.Of(a, now)).Where(a => a.InForce).ToList();

        // The registry is read as screening reads it, so the lookup and a call's label say the same.
        var registry = await RegistryReader.ReadAsync(db, [], [number.E164], cancellationToken);
        var verified = registry.TryGetLine(number.E164, out var line) && line.IsCustomerService ? line.Name : null;
        return new StoredNumber(number, reputation, inForce, now, verified);
    }

    /// <summary>The public answer in <paramref name="language"/>: kind, carrier and place, reputation and label, enforcement.</summary>
    public NumberLookup Describe(DisplayLanguage language) =>
        NumberLookup.Of(Number, NumberAttributor.Default.Attribute(Number, language), Reputation, Enforcement, language, VerifiedAs);
}
