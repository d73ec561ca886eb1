namespace CallWarden.Core.Screening;

/// <summary>
/// A subscriber's allowlist and blocklist compiled to a digit trie over E.164 digits, with an
/// extra "any digit" edge for wildcard positions. The entry with the most fixed digits wins; at
/// equal fixed digits a fixed-length pattern beats an open-ended one, then allow beats block (so an
/// allow entry overrides a broader block, as in Kamailio's userblocklist), then the earlier entry.
/// Expired entries are skipped at match time, so the compiled form stays valid as time passes.
/// </summary>
/// <remarks>
/// A lookup visits each trie node at most once (distinct paths lead to distinct nodes), so even a
/// hostile rule set costs at most its node count; an ordinary one costs the number's digits.
/// </remarks>
internal sealed class RuleMatcher
{
    /// <summary>Ten digits and the "any digit" edge.</summary>
    private const int Fanout = 11;

    /// <summary>Pending nodes in the depth-first walk: one per level plus the branch at each level.</summary>
    private const int MaxPending = 2 * (E164Digits.MaxDigits + 1);

    public static RuleMatcher Empty { get; } = Build([], "CN");

    /// <summary>Child of node n through position p at [n * Fanout + p]; 0 for none, since the root is nobody's child.</summary>
    private readonly int[] _children;

    /// <summary>The entries ending at node n are _nodeEntries[_firstEntry[n] .. _firstEntry[n + 1]).</summary>
    private readonly int[] _firstEntry;
    private readonly int[] _nodeEntries;
    private readonly RuleEntry[] _entries;
    private readonly Rank[] _ranks;

    private RuleMatcher(int[] children, int[] firstEntry, int[] nodeEntries, RuleEntry[] entries, Rank[] ranks)
    {
        _children = children;
        _firstEntry = firstEntry;
        _nodeEntries = nodeEntries;
        _entries = entries;
        _ranks = ranks;
    }

    public int Count => _entries.Length;

    /// <param name="entries">Entries whose patterns parse (validated rules).</param>
    /// <param name="region">Where non-canonical patterns were written.</param>
    public static RuleMatcher Build(IReadOnlyList<RuleEntry> entries, string region)
    {
        List<int> children = [.. new int[Fanout]];
        List<List<int>> atNode = [[]];
        var ranks = new Rank[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var pattern = RulePattern.Parse(entry.Pattern, region);
            ranks[e] = new Rank(pattern.FixedDigits, pattern.IsOpenEnded, entry.Effect == RuleEffect.Allow, entry.ExpiresAt?.UtcTicks ?? long.MaxValue);
            var node = 0;
            foreach (var position in pattern.Positions)
            {
                var slot = (node * Fanout) + position;
                if (children[slot] == 0)
                {
                    children[slot] = atNode.Count;
                    children.AddRange(new int[Fanout]);
                    atNode.Add([]);
                }

                node = children[slot];
            }

            atNode[node].Add(e);
        }

        var firstEntry = new int[atNode.Count + 1];
        for (var n = 0; n < atNode.Count; n++)
        {
            firstEntry[n + 1] = firstEntry[n] + atNode[n].Count;
        }

        return new RuleMatcher([.. children], firstEntry, [.. atNode.SelectMany(list => list)], [.. entries], ranks);
    }

    /// <summary>The deciding entry for the number with E.164 value <paramref name="e164"/> at <paramref name="at"/>.</summary>
    public RuleMatch Match(long e164, DateTimeOffset at)
    {
        if (_entries.Length == 0 || e164 <= 0)
        {
            return default;
        }

        Span<byte> digits = stackalloc byte[E164Digits.MaxDigits];
        var length = E164Digits.Write(e164, digits);
        var now = at.UtcTicks;
        var bestAllow = -1;
        var bestBlock = -1;

        Span<int> pendingNodes = stackalloc int[MaxPending];
        Span<int> pendingDepths = stackalloc int[MaxPending];
        pendingNodes[0] = 0;
        pendingDepths[0] = 0;
        var pending = 1;
        while (pending > 0)
        {
            pending--;
            var node = pendingNodes[pending];
            var depth = pendingDepths[pending];
            for (var k = _firstEntry[node]; k < _firstEntry[node + 1]; k++)
            {
                var e = _nodeEntries[k];
                ref readonly var rank = ref _ranks[e];
                if ((rank.IsOpenEnded || depth == length) && now < rank.ExpiresUtcTicks)
                {
                    ref var best = ref rank.IsAllow ? ref bestAllow : ref bestBlock;
                    if (best < 0 || Outranks(e, best))
                    {
                        best = e;
                    }
                }
            }

            if (depth < length)
            {
                var slot = node * Fanout;
                var child = _children[slot + digits[depth]];
                if (child != 0)
                {
                    pendingNodes[pending] = child;
                    pendingDepths[pending++] = depth + 1;
                }

                child = _children[slot + RulePattern.AnyDigit];
                if (child != 0)
                {
                    pendingNodes[pending] = child;
                    pendingDepths[pending++] = depth + 1;
                }
            }
        }

        if (bestAllow < 0)
        {
            return bestBlock < 0 ? default : new RuleMatch(_entries[bestBlock], null);
        }

        if (bestBlock < 0)
        {
            return new RuleMatch(_entries[bestAllow], null);
        }

        return Outranks(bestBlock, bestAllow)
            ? new RuleMatch(_entries[bestBlock], _entries[bestAllow])
            : new RuleMatch(_entries[bestAllow], _entries[bestBlock]);
    }

    /// <summary>Whether entry <paramref name="a"/> is more specific than <paramref name="b"/>; ties go to allow, then to the earlier entry.</summary>
    private bool Outranks(int a, int b)
    {
        ref readonly var x = ref _ranks[a];
        ref readonly var y = ref _ranks[b];
        if (x.FixedDigits != y.FixedDigits)
        {
            return x.FixedDigits > y.FixedDigits;
        }

        if (x.IsOpenEnded != y.IsOpenEnded)
        {
            return !x.IsOpenEnded;
        }

        return x.IsAllow != y.IsAllow ? x.IsAllow : a < b;
    }

    /// <summary>What ranking and expiry need of an entry, kept together for the walk.</summary>
    private readonly record struct Rank(int FixedDigits, bool IsOpenEnded, bool IsAllow, long ExpiresUtcTicks);
}
