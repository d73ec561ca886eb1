using System.Globalization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Core.Screening;
using CsCheck;

namespace CallWarden.Core.Tests.Screening;

/// <summary>
/// Generators for screening properties. Numbers come from a few crowded blocks (the subscriber's
/// own 号段 block, Shenzhen, Lagos …) so that random entries, contacts and facts often hit them.
/// </summary>
internal static class ScreeningGens
{
    private static Gen<string> Digits(string prefix, int count) =>
        Gen.Long[0, (long)Math.Pow(10, count) - 1].Select(n => prefix + n.ToString("D" + count.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>Numbers that normalise to a valid <see cref="PhoneNumber"/>, as a proxy would signal them.</summary>
    public static readonly Gen<string> ValidCaller = Gen.OneOf(
            Digits("1391234", 4),
            Digits("13912", 6),
            Digits("139", 8),
            Digits("138", 8),
            Digits("186", 8),
            Digits("07558888", 4),
            Digits("0208", 7),
            Digits("0248", 7),
            Digits("+234803", 7),
            Digits("+14155550", 3),
            Digits("+8529123", 4),
            Gen.OneOf("95588", "96110", "12321", "10086", "110", "119", "120"))
        .Where(text => PhoneNumberNormalizer.Default.Normalize(text).IsValid);

    /// <summary>Any caller, withheld and invalid ones included.</summary>
    public static readonly Gen<string> Caller = Gen.Frequency((8, ValidCaller), (1, Gen.OneOf("anonymous", "1391234", string.Empty, "+8600000000")));

    public static readonly Gen<Disposition> AnyDisposition = Gen.OneOf(Enum.GetValues<Disposition>());

    public static readonly Gen<Disposition> Blocking = Gen.OneOf(Disposition.Reject, Disposition.Busy, Disposition.PoweredOff, Disposition.NotInService, Disposition.Voicemail);

    public static readonly Gen<Disposition> LabelOrBlock = Gen.OneOf(Disposition.Label, Disposition.Reject, Disposition.Busy, Disposition.Voicemail);

    public static long E164(string number) => PhoneNumberNormalizer.Default.Normalize(number).E164;

    /// <summary>A canonical pattern that may match <paramref name="e164"/>: the number, a prefix of it, or it with digits masked.</summary>
    public static Gen<string> PatternAround(long e164)
    {
        var digits = e164.ToString(CultureInfo.InvariantCulture);
        var prefix = Gen.Int[1, digits.Length].Select(n => "+" + digits[..n] + "*");
        var masked = Gen.Select(Gen.Bool.Array[digits.Length], Gen.Bool, Gen.Int[2, digits.Length])
            .Select((mask, open, length) =>
            {
                var kept = open ? digits[..length] : digits;
                var positions = kept.Select((d, i) => i > 0 && mask[i] ? '?' : d).ToArray();
                if (!positions.Contains('?'))
                {
                    positions[^1] = '?';
                }

                return "+" + new string(positions) + (open ? "*" : string.Empty);
            })
            .Where(p => p.Length > 2 && p[1] != '?');
        return Gen.OneOf(Gen.Const("+" + digits), prefix, masked);
    }

    /// <summary>Entries around the valid callers, allowing and blocking, some expiring around <see cref="Screen.Now"/>.</summary>
    public static readonly Gen<RuleEntry> Entry =
        from number in ValidCaller
        from pattern in PatternAround(E164(number))
        from allow in Gen.Bool
        from disposition in Blocking
        from expiresInHours in Gen.Int[-48, 48]
        from expires in Gen.Bool
        let added = Screen.Now.AddDays(-30)
        select allow
            ? RuleEntry.Allow(pattern, added, expires ? Screen.Now.AddHours(expiresInHours) : null)
            : RuleEntry.Block(pattern, added, disposition, expires ? Screen.Now.AddHours(expiresInHours) : null);

    private static readonly Gen<RegionRule> Region = Gen.Select(
        Gen.OneOf(
            (RegionScope.Province, "CN-GD"), (RegionScope.Province, "CN-BJ"), (RegionScope.Province, "CN-JS"),
            (RegionScope.City, "深圳市"), (RegionScope.City, "铁岭市"), (RegionScope.Country, "NG"), (RegionScope.Country, "US")),
        LabelOrBlock,
        (place, disposition) => new RegionRule(place.Item1, place.Item2, disposition));

    private static readonly Gen<QuietHours?> Quiet = Gen.Frequency(
        (1, Gen.Const((QuietHours?)null)),
        (2, Gen.Select(Gen.Int[0, 23], Gen.Int[1, 23], LabelOrBlock, Gen.Bool)
            .Select((start, length, disposition, weekdays) => (QuietHours?)new QuietHours(
                new TimeOnly(start, 0),
                new TimeOnly((start + length) % 24, 0),
                weekdays ? [DayOfWeek.Monday, DayOfWeek.Friday, DayOfWeek.Saturday] : null,
                disposition))));

    /// <summary>Any valid rule set.</summary>
    public static readonly Gen<SubscriberRules> Rules =
        from entries in Entry.Array[0, 10]
        from contacts in ValidCaller.Array[0, 3]
        from switches in AnyDisposition.Array[7]
        from regions in Region.Array[0, 3]
        from quiet in Quiet
        from threshold in Gen.Int[21, 100]
        from flags in Gen.Bool.Array[2]
        from reputationDisposition in Blocking
        select new SubscriberRules
        {
            Version = threshold,
            Entries = entries,
            Contacts = [.. contacts.Select(E164)],
            ContactsOnly = switches[0],
            Anonymous = switches[1],
            Invalid = switches[2],
            International = switches[3],
            SpoofedDomestic = switches[4],
            NeighbourSpoofing = switches[5],
            DefaultDisposition = switches[6],
            Regions = regions,
            QuietHours = quiet,
            ReputationThreshold = threshold,
            LabelOnly = flags[0],
            ReputationDisposition = reputationDisposition,
        };

    public static readonly Gen<CommunityFacts> Facts =
        from score in Gen.Int[0, 100]
        from category in Gen.Int[-1, 11]
        from reporters in Gen.Int[0, 5000]
        from flags in Gen.Int[0, 127]
        from untilHours in Gen.Int[-72, 72]
        from owner in Gen.OneOf<string?>(null, "中国平安")
        select new CommunityFacts(score, category < 0 ? null : (ReportCategory)category, reporters, (CommunityFlags)flags, untilHours == 0 ? null : Screen.Now.AddHours(untilHours), owner);

    /// <summary>A snapshot with facts about some of the given numbers.</summary>
    public static Gen<CommunityTable> CommunityAbout(params string[] numbers) =>
        Gen.Select(Gen.Bool.Array[numbers.Length], Facts.Array[numbers.Length], (known, facts) =>
            new CommunityTable(numbers.Select((n, i) => (E164(n), known[i], facts[i])).Where(x => x.Item1 > 0 && x.Item2).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item3), 7));

    /// <summary>Requests from <paramref name="caller"/> to the subscriber at any hour of the week around <see cref="Screen.Now"/>.</summary>
    public static Gen<ScreeningRequest> RequestFrom(string caller) =>
        from minutes in Gen.Int[-7 * 24 * 60, 7 * 24 * 60]
        from attestation in Gen.OneOf<string?>(null, "A", "B", "C")
        from failed in Gen.Bool
        from gateway in Gen.Bool
        select new ScreeningRequest(caller, Screen.Subscriber, Screen.Now.AddMinutes(minutes), attestation, failed, Presentation.Normal, gateway, "call");
}
