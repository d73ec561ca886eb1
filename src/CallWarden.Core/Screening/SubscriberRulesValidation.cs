using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Core.Text;

namespace CallWarden.Core.Screening;

/// <summary>The checks behind <see cref="SubscriberRules.Validate"/>.</summary>
internal static class SubscriberRulesValidation
{
    public const int MaxEntries = 10_000;
    public const int MaxContacts = 10_000;
    public const int MaxRegions = 200;
    public const int MaxNoteLength = RuleEntry.MaxNoteLength;

    /// <summary>No single reporter may get a number blocked (ADR-002), so no threshold at or below what one reporter can give.</summary>
    public static int MinThreshold { get; } = new ReputationPolicy().SingleReporterCeiling + 1;

    public static IReadOnlyList<string> Problems(SubscriberRules rules, string region)
    {
        DialingPlan.For(region);
        List<string> problems = [];
        Require(rules.Entries is not null && rules.Entries.Count <= MaxEntries, "Entries", $"must hold at most {MaxEntries} entries");
        Require(rules.Contacts is not null && rules.Contacts.Count <= MaxContacts, "Contacts", $"must hold at most {MaxContacts} numbers");
        Require(rules.Regions is not null && rules.Regions.Count <= MaxRegions, "Regions", $"must hold at most {MaxRegions} rules");
        if (problems.Count > 0)
        {
            return problems;
        }

        for (var i = 0; i < rules.Entries!.Count; i++)
        {
            CheckEntry(rules.Entries[i], $"Entries[{i}]", region, problems);
        }

        foreach (var contact in rules.Contacts!)
        {
            Require(contact is > 0 and <= 999_999_999_999_999_999, "Contacts", $"has {contact}, which is no E.164 number");
        }

        for (var i = 0; i < rules.Regions!.Count; i++)
        {
            CheckRegion(rules.Regions[i], $"Regions[{i}]", problems);
        }

        Require(rules.ReputationThreshold >= MinThreshold && rules.ReputationThreshold <= 100, "ReputationThreshold", $"must be between {MinThreshold} and 100, so that no single reporter can get a number blocked");
        Require(rules.ReputationDisposition.Blocks(), "ReputationDisposition", "must block (reject, busy, powered_off, not_in_service or voicemail); use LabelOnly to only label");
        Require(Enum.IsDefined(rules.Language), "Language", "is not a known language");
        foreach (var (key, disposition) in new[]
        {
            ("ContactsOnly", rules.ContactsOnly), ("Anonymous", rules.Anonymous), ("Invalid", rules.Invalid),
            ("International", rules.International), ("SpoofedDomestic", rules.SpoofedDomestic),
            ("NeighbourSpoofing", rules.NeighbourSpoofing), ("DefaultDisposition", rules.DefaultDisposition),
        })
        {
            Require(Enum.IsDefined(disposition), key, "is not a known disposition");
        }

        if (rules.QuietHours is { } quiet)
        {
            Require(quiet.Start != quiet.End, "QuietHours", "must end at another time than it starts");
            Require(quiet.Days is null || quiet.Days.Count > 0, "QuietHours.Days", "must name at least one day, or be left out for every day");
            Require(quiet.Days is null || quiet.Days.All(Enum.IsDefined), "QuietHours.Days", "has a day that does not exist");
            Require(quiet.Disposition != Disposition.Allow && Enum.IsDefined(quiet.Disposition), "QuietHours.Disposition", "must label or block");
        }

        return problems;

        void Require(bool ok, string key, string message)
        {
            if (!ok)
            {
                problems.Add($"{key} {message}");
            }
        }
    }

    private static void CheckEntry(RuleEntry? entry, string key, string region, List<string> problems)
    {
        if (entry is null)
        {
            problems.Add($"{key} is missing");
            return;
        }

        if (!RulePattern.TryParse(entry.Pattern, region, out var pattern, out var error))
        {
            problems.Add($"{key} {error.Message}");
            return;
        }

        if (pattern.Kind != entry.Kind)
        {
            problems.Add($"{key} pattern '{entry.Pattern}' is {pattern.Kind.ToString().ToLowerInvariant()}, not {entry.Kind.ToString().ToLowerInvariant()}");
        }

        if (entry.Effect == RuleEffect.Allow && entry.Disposition != Disposition.Allow)
        {
            problems.Add($"{key} allows '{entry.Pattern}', so its disposition must be allow");
        }

        if (entry.Effect == RuleEffect.Block && !(entry.Disposition.Blocks() && Enum.IsDefined(entry.Disposition)))
        {
            problems.Add($"{key} blocks '{entry.Pattern}', so its disposition must be reject, busy, powered_off, not_in_service or voicemail");
        }

        if (!Enum.IsDefined(entry.Effect))
        {
            problems.Add($"{key} has an unknown effect");
        }

        if (entry.ExpiresAt <= entry.AddedAt)
        {
            problems.Add($"{key} '{entry.Pattern}' expires before it was added");
        }

        if (entry.Note?.Length > MaxNoteLength)
        {
            problems.Add($"{key} note is longer than {MaxNoteLength} characters");
        }
        else if (entry.Note is { } note && VisibleText.Problem(note, MaxNoteLength, multiline: false) is { } hidden)
        {
            problems.Add($"{key} note {hidden}");
        }
    }

    private static void CheckRegion(RegionRule? rule, string key, List<string> problems)
    {
        if (rule is null || string.IsNullOrWhiteSpace(rule.Code))
        {
            problems.Add($"{key} names no place");
            return;
        }

        var known = rule.Scope switch
        {
            RegionScope.Country => PhoneNumberNormalizer.SupportedRegions.Contains(rule.Code),
            RegionScope.Province => Provinces.FromCode(rule.Code) is { } province && province.Code == rule.Code,
            RegionScope.City => rule.Code.Length <= 32 && !rule.Code.Contains('、'),
            _ => false,
        };
        if (!known)
        {
            problems.Add($"{key} '{rule.Code}' is not a known {rule.Scope.ToString().ToLowerInvariant()} (countries as NG, provinces as CN-GD, cities as 深圳市)");
        }

        if (rule.Disposition == Disposition.Allow || !Enum.IsDefined(rule.Disposition))
        {
            problems.Add($"{key} must label or block: to let a place's callers through, leave it out");
        }
    }
}
