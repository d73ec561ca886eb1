using System.Runtime.CompilerServices;
using CallWarden.Core.Numbers.Fast;

namespace CallWarden.Core.Numbers;

/// <summary>
/// The hot path of <see cref="PhoneNumberNormalizer"/>: a hand-written scanner for the shapes that
/// make up nearly all traffic — E.164 (<c>+86…</c>, <c>+1…</c>), national CN and NANP digits, with
/// optional spaces, dashes and full-width digits — walking a <see cref="CallingCodeAutomaton"/>.
/// It answers only when its answer is provably libphonenumber's: whenever libphonenumber would strip
/// an international or national prefix, or the number is not valid (and short-number rules may
/// apply), it declines and the caller takes the reference path. Kept long and local on purpose.
/// </summary>
internal sealed class FastNumberClassifier
{
    public static FastNumberClassifier Shared { get; } = new();

    private const int MaxDigits = 20;

    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(i => (long)Math.Pow(10, i))];

    private readonly Lazy<CallingCodeAutomaton> _china = new(() => CallingCodeAutomaton.Build(86));
    private readonly Lazy<CallingCodeAutomaton> _nanp = new(() => CallingCodeAutomaton.Build(1));

    /// <summary>Builds the automata now rather than on the first call.</summary>
    public void Warm()
    {
        _ = _china.Value;
        _ = _nanp.Value;
    }

    internal CallingCodeAutomaton China => _china.Value;

    internal CallingCodeAutomaton Nanp => _nanp.Value;

    public bool TryClassify(ReadOnlySpan<char> text, string region, out PhoneNumber number)
    {
        number = default;
        CallingCodeAutomaton home;
        if (region.Length != 2)
        {
            return false;
        }
        else if (region[0] == 'C' && region[1] == 'N')
        {
            home = _china.Value;
        }
        else if (region[0] == 'U' && region[1] == 'S')
        {
            home = _nanp.Value;
        }
        else
        {
            return false;
        }

        if (text.IsEmpty || text.Length > 40)
        {
            return false;
        }

        // Scan: an optional leading plus, then digits (ASCII or full-width) with spaces and dashes
        // between them. Anything else (letters, brackets, dots, other scripts) goes to libphonenumber.
        Span<byte> digits = stackalloc byte[MaxDigits];
        var count = 0;
        var position = 0;
        var plus = text[0] is '+' or '＋';
        if (plus)
        {
            position = 1;
        }

        if (position >= text.Length || !IsDigit(text[position], out _) || !IsDigit(text[^1], out _))
        {
            return false;
        }

        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (IsDigit(c, out var d))
            {
                if (count == MaxDigits)
                {
                    return false;
                }

                digits[count++] = d;
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        if (count < 3)
        {
            return false;
        }

        CallingCodeAutomaton automaton;
        int start;
        if (plus)
        {
            if (digits[0] == 1)
            {
                automaton = _nanp.Value;
                start = 1;
            }
            else if (digits[0] == 8 && digits[1] == 6)
            {
                automaton = _china.Value;
                start = 2;
            }
            else
            {
                return false;
            }
        }
        else
        {
            automaton = home;
            if (IddMatches(home, digits[..count]))
            {
                return false;
            }

            var cc = home.CallingCodeDigits;
            if (StartsWith(digits[..count], cc))
            {
                // libphonenumber strips a leading country code when the whole is too long to be national.
                if (count <= home.MaxGeneralLength || (home.LocalOnlyLengths & (1 << count)) != 0)
                {
                    return false;
                }

                start = cc.Length;
            }
            else
            {
                start = 0;
            }
        }

        var length = count - start;
        if (length is < 2 or > CallingCodeAutomaton.MaxNationalLength)
        {
            return false;
        }

        var transitions = automaton.Transitions;
        var state = DigitDfa.Start;
        long national = 0;
        for (var i = start; i < count; i++)
        {
            var d = digits[i];
            state = transitions[(state * 10) + d];
            national = (national * 10) + d;
        }

        if (automaton.NationalPrefixSeen[state])
        {
            return false;
        }

        var kind = (NumberKind)automaton.Answers[(state * (CallingCodeAutomaton.MaxNationalLength + 1)) + length];
        if (kind == NumberKind.Invalid)
        {
            return false;
        }

        if (!ReferenceEquals(automaton, home))
        {
            kind = NumberKind.International;
        }

        number = new PhoneNumber((automaton.CallingCode * PowersOfTen[length]) + national, kind);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(char c, out byte digit)
    {
        var d = (uint)(c - '0');
        if (d > 9)
        {
            d = (uint)(c - '０');
        }

        digit = (byte)d;
        return d <= 9;
    }

    private static bool StartsWith(ReadOnlySpan<byte> digits, string prefix)
    {
        if (digits.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (digits[i] != prefix[i] - '0')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IddMatches(CallingCodeAutomaton automaton, ReadOnlySpan<byte> digits)
    {
        var transitions = automaton.IddTransitions;
        if (transitions.Length == 0)
        {
            return false;
        }

        var state = DigitDfa.Start;
        foreach (var d in digits)
        {
            state = transitions[(state * 10) + d];
            if (state == DigitDfa.Dead)
            {
                return false;
            }

            if (automaton.IddMatched[state])
            {
                return true;
            }
        }

        return automaton.IddMatched[state];
    }
}
