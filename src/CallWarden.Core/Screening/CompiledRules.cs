using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CallWarden.Core.Screening;

/// <summary>
/// A subscriber's <see cref="SubscriberRules"/> in the form the engine reads without allocating:
/// the entry trie, the contacts as a frozen set, region rules by scope. Immutable and thread-safe;
/// compile once per rules version and keep it beside the rules.
/// </summary>
public sealed class CompiledRules
{
    private readonly FrozenDictionary<string, RegionRule>.AlternateLookup<ReadOnlySpan<char>> _cities;

    private CompiledRules(SubscriberRules rules, string region)
    {
        Rules = rules;
        Region = region;
        Matcher = RuleMatcher.Build(rules.Entries, region);
        Contacts = rules.Contacts.ToFrozenSet();

        // Later rules for the same place win, as the last edit would.
        Countries = Scope(rules, RegionScope.Country, StringComparer.OrdinalIgnoreCase);
        Provinces = Scope(rules, RegionScope.Province, StringComparer.OrdinalIgnoreCase);
        var cities = Scope(rules, RegionScope.City, StringComparer.Ordinal);
        _cities = cities.GetAlternateLookup<ReadOnlySpan<char>>();
        HasRegionRules = rules.Regions.Count > 0;
        QuietDays = rules.QuietHours?.DayMask() ?? 0;
        DefaultReasons = [new Reason(ScreeningRule.Default, rules.DefaultDisposition, true, default, rules.Language)];
    }

    public SubscriberRules Rules { get; }

    /// <summary>The region national patterns were read in; the engine's region must be the same.</summary>
    public string Region { get; }

    internal RuleMatcher Matcher { get; }

    internal FrozenSet<long> Contacts { get; }

    internal bool HasRegionRules { get; }

    internal FrozenDictionary<string, RegionRule> Countries { get; }

    internal FrozenDictionary<string, RegionRule> Provinces { get; }

    internal int QuietDays { get; }

    /// <summary>The reasons of a call no rule matched, shared by all such decisions.</summary>
    internal ImmutableArray<Reason> DefaultReasons { get; }

    /// <exception cref="ArgumentException">The rules have problems; the message lists them.</exception>
    public static CompiledRules Compile(SubscriberRules rules, string region = "CN")
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = rules.Validate(region);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The screening rules cannot be used: " + string.Join("; ", problems), nameof(rules));
        }

        return new CompiledRules(rules, region);
    }

    /// <summary>The most specific region rule for <paramref name="place"/>: city, then province, then country.</summary>
    internal RegionRule? RegionFor(CallerPlace place)
    {
        if (place.City is { } city)
        {
            foreach (var range in city.AsSpan().Split('、'))
            {
                if (_cities.TryGetValue(city.AsSpan()[range], out var rule))
                {
                    return rule;
                }
            }
        }

        if (place.ProvinceCode is { } province && Provinces.TryGetValue(province, out var byProvince))
        {
            return byProvince;
        }

        return place.Country is { } country && Countries.TryGetValue(country, out var byCountry) ? byCountry : null;
    }

    private static FrozenDictionary<string, RegionRule> Scope(SubscriberRules rules, RegionScope scope, StringComparer comparer)
    {
        var byCode = new Dictionary<string, RegionRule>(comparer);
        foreach (var rule in rules.Regions)
        {
            if (rule.Scope == scope)
            {
                byCode[rule.Code.Trim()] = rule;
            }
        }

        return byCode.ToFrozenDictionary(comparer);
    }
}
