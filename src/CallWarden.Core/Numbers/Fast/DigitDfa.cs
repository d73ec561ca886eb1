namespace CallWarden.Core.Numbers.Fast;

/// <summary>
/// The deterministic automaton of a <see cref="DigitNfa"/> (subset construction). State 0 is the
/// dead state, state 1 the start. <see cref="Transitions"/> is laid out <c>state * 10 + digit</c> so a
/// walk over a number is one dependent array load per digit.
/// </summary>
internal sealed class DigitDfa
{
    public const int Dead = 0;
    public const int Start = 1;

    private DigitDfa(int[] transitions, int[][] tags)
    {
        Transitions = transitions;
        Tags = tags;
    }

    public int[] Transitions { get; }

    /// <summary>Per state, the sorted accept tags of the NFA states it stands for.</summary>
    public int[][] Tags { get; }

    public int StateCount => Tags.Length;

    public static DigitDfa Build(DigitNfa nfa, int nfaStart)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new List<int[]>();
        var transitions = new List<int>();

        int Intern(int[] set)
        {
            var key = string.Join(',', set);
            if (ids.TryGetValue(key, out var id))
            {
                return id;
            }

            id = sets.Count;
            ids.Add(key, id);
            sets.Add(set);
            return id;
        }

        Intern([]);
        Intern(Closure(nfa, [nfaStart]));
        var next = new List<int>();
        for (var state = 0; state < sets.Count; state++)
        {
            for (var digit = 0; digit < 10; digit++)
            {
                next.Clear();
                foreach (var s in sets[state])
                {
                    if ((nfa.DigitsOf(s) & (1 << digit)) != 0)
                    {
                        next.Add(nfa.TargetOf(s));
                    }
                }

                transitions.Add(Intern(Closure(nfa, next)));
            }
        }

        var tags = sets.Select(set => set.Select(nfa.TagOf).Where(t => t >= 0).Distinct().Order().ToArray()).ToArray();
        return new DigitDfa([.. transitions], tags);
    }

    private static int[] Closure(DigitNfa nfa, IEnumerable<int> states)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(states);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (!seen.Add(s))
            {
                continue;
            }

            if (nfa.EpsilonOf(s) is { } epsilon)
            {
                foreach (var t in epsilon)
                {
                    stack.Push(t);
                }
            }
        }

        // Only states with a digit edge or a tag distinguish one subset from another.
        return [.. seen.Where(s => nfa.DigitsOf(s) != 0 || nfa.TagOf(s) >= 0).Order()];
    }
}
