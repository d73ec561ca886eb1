using CallWarden.Core.Screening;
using CsCheck;
using static CallWarden.Core.Tests.Screening.ScreeningGens;

namespace CallWarden.Core.Tests.Screening;

public sealed class RuleMatcherPropertyTests
{
    [Fact]
    public void The_trie_agrees_with_a_brute_force_longest_match_over_every_entry()
    {
        var scenario =
            from entries in Entry.Array[0, 40]
            from probes in ValidCaller.Array[1, 20]
            from minutes in Gen.Int[-72 * 60, 72 * 60]
            select (entries, probes, at: Screen.Now.AddMinutes(minutes));
        scenario.Sample(s =>
        {
            var matcher = RuleMatcher.Build(s.entries, "CN");
            foreach (var probe in s.probes.Select(E164).Concat(s.entries.Select(e => Screen.StrangerE164)))
            {
                Assert.Equal(Model(s.entries, probe, s.at), matcher.Match(probe, s.at));
            }
        }, iter: 1000);
    }

    /// <summary>
    /// The specification read off the canonical patterns: among active entries that match, the most
    /// fixed digits win, then a fixed length over an open end, then allow over block, then the
    /// earlier entry; the best entry of the other effect is the one overridden.
    /// </summary>
    private static RuleMatch Model(RuleEntry[] entries, long e164, DateTimeOffset at)
    {
        var number = e164.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ranked = entries
            .Select((entry, index) => (entry, index))
            .Where(x => x.entry.IsActiveAt(at) && Matches(x.entry.Pattern, number))
            .OrderByDescending(x => x.entry.Pattern.Count(char.IsAsciiDigit))
            .ThenByDescending(x => !x.entry.Pattern.EndsWith('*'))
            .ThenByDescending(x => x.entry.Effect == RuleEffect.Allow)
            .ThenBy(x => x.index)
            .Select(x => x.entry)
            .ToList();
        if (ranked.Count == 0)
        {
            return default;
        }

        var winner = ranked[0];
        return new RuleMatch(winner, ranked.FirstOrDefault(e => e.Effect != winner.Effect));
    }

    private static bool Matches(string pattern, string number)
    {
        var body = pattern.TrimStart('+');
        var open = body.EndsWith('*');
        body = body.TrimEnd('*');
        return (open ? number.Length >= body.Length : number.Length == body.Length)
            && body.Select((c, i) => c == '?' || c == number[i]).All(x => x);
    }
}
