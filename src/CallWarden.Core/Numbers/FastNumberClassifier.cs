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

    // Built once (about 0.1 s each) when the class is first used; plain fields keep the hot path free
    // of Lazy<T> checks.
    private readonly CallingCodeAutomaton _china = CallingCodeAutomaton.Build(86);
    private readonly CallingCodeAutomaton _nanp = CallingCodeAutomaton.Build(1);

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
            home = _china;
        }
        else if (region[0] == 'U' && region[1] == 'S')
        {
            home = _nanp;
        }
        else
        {
            return false;
        }

        if (text.IsEmpty || text.Length > 40)
        {
            return false;
        }

        var plus = text[0] is '+' or '＋';
        var body = plus ? text[1..] : text;
        if (body.IsEmpty)
        {
            return false;
        }

        // Most traffic is bare ASCII digits: one vectorised check, then no copy at all.
        if (!body.ContainsAnyExceptInRange('0', '9'))
        {
            return TryClassifyDigits(body, plus, home, out number);
        }

        // Otherwise digits (ASCII or full-width) with spaces and dashes between them. Anything else
        // (letters, brackets, dots, other scripts) goes to libphonenumber.
        if (!IsDigit(body[0], out _) || !IsDigit(body[^1], out _))
        {
            return false;
        }

        Span<char> digits = stackalloc char[MaxDigits];
        var count = 0;
        foreach (var c in body)
        {
            if (IsDigit(c, out var d))
            {
                if (count == MaxDigits)
                {
                    return false;
                }

                digits[count++] = (char)('0' + d);
            }
            else if (c is not (' ' or '-'))
            {
                return false;
            }
        }

        return TryClassifyDigits(digits[..count], plus, home, out number);
    }

    /// <summary>The walk over ASCII digits, after the plus sign if there was one.</summary>
    private bool TryClassifyDigits(ReadOnlySpan<char> digits, bool plus, CallingCodeAutomaton home, out PhoneNumber number)
    {
        number = default;
        var count = digits.Length;
        if (count is < 3 or > MaxDigits)
        {
            return false;
        }

        CallingCodeAutomaton automaton;
        int start;
        if (plus)
        {
            if (digits[0] == '1')
            {
                automaton = _nanp;
                start = 1;
            }
            else if (digits[0] == '8' && digits[1] == '6')
            {
                automaton = _china;
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
            if (IddMatches(home, digits))
            {
                return false;
            }

            if (StartsWithCallingCode(digits, home.CallingCodeDigits))
            {
                // libphonenumber strips a leading country code when the whole is too long to be national.
                if (count <= home.MaxGeneralLength || (home.LocalOnlyLengths & (1 << count)) != 0)
                {
                    return false;
                }

                start = home.CallingCodeDigits.Length;
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

        var state = DigitDfa.Start;
        long national = 0;
        var i = start;
        if ((length & 1) != 0)
        {
            national = digits[i++] - '0';
            state = automaton.Transitions[(state * 10) + (int)national];
        }

        var pairs = automaton.PairTransitions;
        for (; i < count; i += 2)
        {
            var pair = (digits[i] * 10) + digits[i + 1] - ('0' * 11);
            state = pairs[(state * 100) + pair];
            national = (national * 100) + pair;
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
    private static bool StartsWithCallingCode(ReadOnlySpan<char> digits, string callingCode)
    {
        for (var i = 0; i < callingCode.Length; i++)
        {
            if (digits[i] != callingCode[i])
            {
                return false;
            }
        }

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

    /// <summary>Whether the region's international prefix (00, 011, 17951 00 …) starts the digits.</summary>
    private static bool IddMatches(CallingCodeAutomaton automaton, ReadOnlySpan<char> digits)
    {
        var transitions = automaton.IddTransitions;
        if (transitions.Length == 0)
        {
            return false;
        }

        // The first two digits settle it for nearly every number (13…, 20… die at once).
        var state = automaton.IddAfterTwoDigits[((digits[0] - '0') * 10) + (digits[1] - '0')];
        for (var i = 2; ; i++)
        {
            if (state == DigitDfa.Dead)
            {
                return false;
            }

            if (automaton.IddMatched[state])
            {
                return true;
            }

            if (i == digits.Length)
            {
                return false;
            }

            state = transitions[(state * 10) + (digits[i] - '0')];
        }
    }
}
