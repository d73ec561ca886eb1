using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CallWarden.Core.Numbers.Fast;

/// <summary>
/// Java's <c>lookingAt</c> for one of libphonenumber's prefix patterns (a region's international
/// prefix or its national prefix for parsing): how many leading digits it matches. Exact only when
/// no match is a proper prefix of another (CN's <c>00|1(?:[12]\d|79)\d\d00</c> and
/// <c>(1(?:[12]\d|79)\d\d)|0</c>, NANP's <c>011</c> and <c>1</c>): then at most one prefix of any
/// number matches, whatever order the regex engine tries the alternatives in. A pattern without that
/// property answers "unsure" and the caller leaves the number to libphonenumber.
/// </summary>
internal sealed class PrefixMatcher
{
    /// <summary>The pattern matched, but which prefix the regex engine would take is not known.</summary>
    public const int Unsure = -1;

    private readonly int[] _transitions;
    private readonly bool[] _accepts;
    private readonly bool _exact;

    /// <summary>
    /// <c>state * 100 + two digits</c> → the state after both, itself times 100 (&gt; 0, so that the
    /// next step adds its pair without a multiplication on the chain of dependent loads),
    /// <see cref="NoMatch"/>, or <see cref="MatchedFirst"/> / <see cref="MatchedSecond"/> when the
    /// pattern accepts on that digit: most numbers are decided by their first pair (<c>00</c>, the trunk
    /// <c>0</c>, a mobile's <c>13</c>), and a 179xx prefix takes three loads instead of five.
    /// </summary>
    private readonly int[] _pairs;

    private const int NoMatch = 0;
    private const int MatchedFirst = -1;
    private const int MatchedSecond = -2;

    private PrefixMatcher(DigitDfa dfa)
    {
        _transitions = dfa.Transitions;
        _accepts = [.. dfa.Tags.Select(t => t.Length > 0)];
        _exact = !_accepts[DigitDfa.Start] && IsPrefixFree();
        _pairs = new int[dfa.StateCount * 100];
        for (var state = 0; state < dfa.StateCount; state++)
        {
            for (var pair = 0; pair < 100; pair++)
            {
                var first = _transitions[(state * 10) + (pair / 10)];
                var second = _transitions[(first * 10) + (pair % 10)];
                _pairs[(state * 100) + pair] =
                    first == DigitDfa.Dead ? NoMatch
                    : _accepts[first] ? MatchedFirst
                    : second == DigitDfa.Dead ? NoMatch
                    : _accepts[second] ? MatchedSecond
                    : second * 100;
            }
        }
    }

    public static PrefixMatcher? Build(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return null;
        }

        var nfa = new DigitNfa();
        return new PrefixMatcher(DigitDfa.Build(nfa, nfa.AddPattern(pattern, 0)));
    }

    /// <summary>The length of the prefix the pattern matches, 0 when none, <see cref="Unsure"/>.</summary>
    public int MatchLength(ReadOnlySpan<char> digits)
    {
        // The digits are ASCII digits (the caller's scan admitted nothing else) and every state's row has
        // 100 entries, so each index is inside the table: read without bounds checks on the chain.
        Debug.Assert(!digits.ContainsAnyExceptInRange('0', '9'), "Only ASCII digits reach the prefix matcher");
        ref var pairs = ref MemoryMarshal.GetArrayDataReference(_pairs);
        ref var digit = ref MemoryMarshal.GetReference(digits);
        var state = DigitDfa.Start * 100;
        var i = 0;
        for (; i + 1 < digits.Length; i += 2)
        {
            var next = Unsafe.Add(ref pairs, state + (Unsafe.Add(ref digit, i) * 10) + Unsafe.Add(ref digit, i + 1) - ('0' * 11));
            if (next <= 0)
            {
                return Decided(next, i);
            }

            state = next;
        }

        return i < digits.Length ? LastDigit(state, digits[i] - '0', i) : 0;
    }

    /// <summary>
    /// <see cref="MatchLength"/> of two patterns over the same digits in one walk — a region's
    /// international and national prefix, which libphonenumber tries on the same number: the digit
    /// pairs are read once and each pattern steps only while it is undecided (issue #12 part 6). A
    /// null pattern matches nothing.
    /// </summary>
    public static (int First, int Second) MatchLengths(PrefixMatcher? first, PrefixMatcher? second, ReadOnlySpan<char> digits)
    {
        if (first is null || second is null)
        {
            return (first?.MatchLength(digits) ?? 0, second?.MatchLength(digits) ?? 0);
        }

        Debug.Assert(!digits.ContainsAnyExceptInRange('0', '9'), "Only ASCII digits reach the prefix matcher");
        ref var firstPairs = ref MemoryMarshal.GetArrayDataReference(first._pairs);
        ref var secondPairs = ref MemoryMarshal.GetArrayDataReference(second._pairs);
        ref var digit = ref MemoryMarshal.GetReference(digits);
        int firstState = DigitDfa.Start * 100, secondState = DigitDfa.Start * 100;
        int firstLength = 0, secondLength = 0;
        var i = 0;
        for (; i + 1 < digits.Length; i += 2)
        {
            var pair = (Unsafe.Add(ref digit, i) * 10) + Unsafe.Add(ref digit, i + 1) - ('0' * 11);
            if (firstState > 0)
            {
                firstState = Unsafe.Add(ref firstPairs, firstState + pair);
                if (firstState <= 0)
                {
                    firstLength = first.Decided(firstState, i);
                }
            }

            if (secondState > 0)
            {
                secondState = Unsafe.Add(ref secondPairs, secondState + pair);
                if (secondState <= 0)
                {
                    secondLength = second.Decided(secondState, i);
                }
            }

            if (firstState <= 0 && secondState <= 0)
            {
                return (firstLength, secondLength);
            }
        }

        if (i < digits.Length)
        {
            var last = Unsafe.Add(ref digit, i) - '0';
            firstLength = firstState > 0 ? first.LastDigit(firstState, last, i) : firstLength;
            secondLength = secondState > 0 ? second.LastDigit(secondState, last, i) : secondLength;
        }

        return (firstLength, secondLength);
    }

    /// <summary>What a pair step that ended the walk at digit <paramref name="i"/> means: no match, or the match's length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Decided(int step, int i) => step == NoMatch ? 0 : _exact ? i - step : Unsure;

    /// <summary>The match the pattern makes on the odd last digit at <paramref name="i"/>, from a walking state (times 100).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LastDigit(int state, int digit, int i)
    {
        var last = _transitions[(state / 10) + digit];
        return last != DigitDfa.Dead && _accepts[last] ? (_exact ? i + 1 : Unsure) : 0;
    }

    /// <summary>No accepting state reaches another accepting state.</summary>
    private bool IsPrefixFree()
    {
        for (var from = 0; from < _accepts.Length; from++)
        {
            if (!_accepts[from])
            {
                continue;
            }

            var seen = new bool[_accepts.Length];
            var stack = new Stack<int>([from]);
            while (stack.Count > 0)
            {
                var state = stack.Pop();
                for (var digit = 0; digit < 10; digit++)
                {
                    var next = _transitions[(state * 10) + digit];
                    if (next == DigitDfa.Dead || seen[next])
                    {
                        continue;
                    }

                    if (_accepts[next])
                    {
                        return false;
                    }

                    seen[next] = true;
                    stack.Push(next);
                }
            }
        }

        return true;
    }
}
