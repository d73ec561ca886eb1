using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CallWarden.Core.Numbers.Fast;

namespace CallWarden.Core.Numbers;

/// <summary>
/// The hot path of <see cref="PhoneNumberNormalizer"/>: a hand-written scanner for the shapes that
/// make up nearly all traffic — E.164 (<c>+86…</c>, <c>+1…</c>), national CN and NANP digits, with
/// optional spaces, dashes, brackets and full-width digits, behind an international prefix
/// (<c>0086</c>, <c>011</c>, <c>1795100</c>), a trunk 0 or a 179xx IP-dialling prefix (issue #12
/// part 6) — transcribing libphonenumber's parse over a <see cref="CallingCodeAutomaton"/>.
/// It answers only when its answer is provably libphonenumber's: other calling codes, prefix
/// patterns it cannot follow exactly, and invalid numbers that CallWarden's short-number rules may
/// still read go to the reference path. Kept long and local on purpose.
/// </summary>
internal sealed class FastNumberClassifier
{
    public static FastNumberClassifier Shared { get; } = new();

    /// <summary>Room for an IP prefix, 0086 and a landline with its trunk (17909 0086 0519 5782 4297).</summary>
    private const int MaxDigits = 24;

    /// <summary>Longer text is left to libphonenumber.</summary>
    private const int MaxText = 40;

    /// <summary><see cref="TryPackAsciiDigits"/>: the text is ASCII digits only, nothing was copied.</summary>
    private const int AllAsciiDigits = -2;

    /// <summary>A prefix match not read yet (<see cref="PrefixMatcher.MatchLength"/> answers 0 or more, or <see cref="PrefixMatcher.Unsure"/>).</summary>
    private const int NotRead = int.MinValue;

    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(i => (long)Math.Pow(10, i))];

    // Built once (about 0.1 s each) when the class is first used; plain fields keep the hot path free
    // of Lazy<T> checks.
    private readonly CallingCodeAutomaton _china = CallingCodeAutomaton.Build(86);
    private readonly CallingCodeAutomaton _nanp = CallingCodeAutomaton.Build(1);

    [SkipLocalsInit]
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

        if (text.IsEmpty || text.Length > MaxText)
        {
            return false;
        }

        var plus = text[0] is '+' or '＋';
        var body = plus ? text[1..] : text;
        if (body.IsEmpty)
        {
            return false;
        }

        // 8 to 32 characters (nearly all traffic) are looked at once by the vectors: bare ASCII digits
        // are read in place, separated digits packed; a general scan first cost as much as the rest
        // of a separated number's parse (issue #12 part 6).
        Span<char> digits = stackalloc char[MaxText];
        var count = TryPackAsciiDigits(body, digits, out var bracket);
        scoped ReadOnlySpan<char> read;
        if (count == AllAsciiDigits || (count < 0 && !body.ContainsAnyExceptInRange('0', '9')))
        {
            // Bare ASCII digits (those the vectors did not take are shorter, longer, or met no AVX-512): no copy at all.
            read = body;
        }
        else if (count >= 0)
        {
            // Separators only between digits, as below; the vectors admitted ASCII digits alone.
            if (!(char.IsAsciiDigit(body[0]) || (body[0] == '(' && char.IsAsciiDigit(body[1]))) || !char.IsAsciiDigit(body[^1]))
            {
                return false;
            }

            read = digits[..count];
        }
        else
        {
            // Otherwise digits (ASCII or full-width) with spaces, dashes and brackets between them, which
            // libphonenumber drops. Anything else (letters, dots, other scripts) goes to libphonenumber.
            if (!(IsDigit(body[0], out _) || (body[0] == '(' && body.Length > 1 && IsDigit(body[1], out _))) || !IsDigit(body[^1], out _))
            {
                return false;
            }

            count = PackDigits(body, digits, out bracket);
            if (count < 0)
            {
                return false;
            }

            read = digits[..count];
        }

        return TryClassifyDigits(read, plus, plus || bracket, home, out number);
    }

    /// <summary>
    /// Full-width digits, text too short or too long for the vectors, or no AVX-512: the digits packed
    /// one character at a time (ASCII digits first, one length check after the loop), or -1 for any
    /// character other than a digit, space, dash or bracket. Apart from <see cref="TryClassify"/> so that
    /// the method with the <c>stackalloc</c> has no loop: the runtime compiles such a method once without
    /// profile (it cannot replace it on the stack), and every shape was 0.7–3 ns slower for it.
    /// </summary>
    private static int PackDigits(ReadOnlySpan<char> body, Span<char> digits, out bool bracket)
    {
        bracket = false;
        var count = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c is ' ' or '-')
            {
                // Dropped, as libphonenumber drops them.
            }
            else if (c is '(' or ')')
            {
                bracket = true;
            }
            else if ((uint)(c - '０') <= 9)
            {
                digits[count++] = (char)(c - '０' + '0');
            }
            else
            {
                return -1;
            }
        }

        return count > MaxDigits ? -1 : count;
    }

    /// <summary>
    /// The ASCII digits of 8 to 32 characters of ASCII digits, spaces, dashes and brackets, packed into
    /// <paramref name="digits"/> by AVX-512's compress from two loads of the text that overlap rather
    /// than read past its end: no branch per character, which the changing places of separators
    /// (0755-…, 010-…, +86 755 …) made the character loop mispredict (issue #12 part 6). Three variants
    /// without compress — a vector mask walked bit by bit, a padded copy, a branch-free loop — and one
    /// vector of 16 lanes for short text were each measured slower. <see cref="AllAsciiDigits"/> when
    /// the text is nothing but ASCII digits (nothing copied: the caller reads it in place); -1 when the
    /// text is not of that shape or the processor has no compress: the caller's loop reads it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TryPackAsciiDigits(ReadOnlySpan<char> body, Span<char> digits, out bool bracket)
    {
        bracket = false;
        var length = body.Length;
        if (!Avx512Vbmi2.VL.IsSupported || length is < 8 or > 32)
        {
            return -1;
        }

        ref var text = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(body));
        ref var packed = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(digits));
        int first, second;
        if (length >= 16)
        {
            // The first and the last 16 characters; of the last, only those past the first 16 are new.
            var low = Vector256.LoadUnsafe(ref text);
            var high = Vector256.LoadUnsafe(ref text, (nuint)(length - 16));
            var lowDigits = Vector256.LessThanOrEqual(low - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
            var highDigits = Vector256.LessThanOrEqual(high - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
            if ((lowDigits & highDigits) == Vector256<ushort>.AllBitsSet)
            {
                return AllAsciiDigits;
            }

            var lowBrackets = Vector256.Equals(low, Vector256.Create((ushort)'(')) | Vector256.Equals(low, Vector256.Create((ushort)')'));
            var highBrackets = Vector256.Equals(high, Vector256.Create((ushort)'(')) | Vector256.Equals(high, Vector256.Create((ushort)')'));
            var lowValid = lowDigits | lowBrackets | Vector256.Equals(low, Vector256.Create((ushort)' ')) | Vector256.Equals(low, Vector256.Create((ushort)'-'));
            var highValid = highDigits | highBrackets | Vector256.Equals(high, Vector256.Create((ushort)' ')) | Vector256.Equals(high, Vector256.Create((ushort)'-'));
            if ((lowValid & highValid) != Vector256<ushort>.AllBitsSet)
            {
                return -1;
            }

            highDigits &= Vector256.GreaterThanOrEqual(Vector256<ushort>.Indices, Vector256.Create((ushort)(32 - length)));
            bracket = (lowBrackets | highBrackets) != Vector256<ushort>.Zero;
            Avx512Vbmi2.VL.Compress(Vector256<ushort>.Zero, lowDigits, low).StoreUnsafe(ref packed);
            first = BitOperations.PopCount(lowDigits.ExtractMostSignificantBits());
            Avx512Vbmi2.VL.Compress(Vector256<ushort>.Zero, highDigits, high).StoreUnsafe(ref packed, (nuint)first);
            second = BitOperations.PopCount(highDigits.ExtractMostSignificantBits());
        }
        else
        {
            // The same with the first and the last 8.
            var low = Vector128.LoadUnsafe(ref text);
            var high = Vector128.LoadUnsafe(ref text, (nuint)(length - 8));
            var lowDigits = Vector128.LessThanOrEqual(low - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            var highDigits = Vector128.LessThanOrEqual(high - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            if ((lowDigits & highDigits) == Vector128<ushort>.AllBitsSet)
            {
                return AllAsciiDigits;
            }

            var lowBrackets = Vector128.Equals(low, Vector128.Create((ushort)'(')) | Vector128.Equals(low, Vector128.Create((ushort)')'));
            var highBrackets = Vector128.Equals(high, Vector128.Create((ushort)'(')) | Vector128.Equals(high, Vector128.Create((ushort)')'));
            var lowValid = lowDigits | lowBrackets | Vector128.Equals(low, Vector128.Create((ushort)' ')) | Vector128.Equals(low, Vector128.Create((ushort)'-'));
            var highValid = highDigits | highBrackets | Vector128.Equals(high, Vector128.Create((ushort)' ')) | Vector128.Equals(high, Vector128.Create((ushort)'-'));
            if ((lowValid & highValid) != Vector128<ushort>.AllBitsSet)
            {
                return -1;
            }

            highDigits &= Vector128.GreaterThanOrEqual(Vector128<ushort>.Indices, Vector128.Create((ushort)(16 - length)));
            bracket = (lowBrackets | highBrackets) != Vector128<ushort>.Zero;
            Avx512Vbmi2.VL.Compress(Vector128<ushort>.Zero, lowDigits, low).StoreUnsafe(ref packed);
            first = BitOperations.PopCount(lowDigits.ExtractMostSignificantBits());
            Avx512Vbmi2.VL.Compress(Vector128<ushort>.Zero, highDigits, high).StoreUnsafe(ref packed, (nuint)first);
            second = BitOperations.PopCount(highDigits.ExtractMostSignificantBits());
        }

        return first + second;
    }

    /// <summary>
    /// libphonenumber's parse over ASCII digits (after the plus sign if there was one), then its
    /// validation: the international prefix, the calling code (given, or read off the front of a number
    /// too long to be national), the national prefix — trunk 0 or a 179xx/11xxx/12xxx carrier code —
    /// with its viability and length rules, then one walk of the automaton.
    /// </summary>
    /// <param name="notShort">The text is not one <see cref="ShortNumberRules"/> reads (it has a plus sign or brackets).</param>
    private bool TryClassifyDigits(ReadOnlySpan<char> digits, bool plus, bool notShort, CallingCodeAutomaton home, out PhoneNumber number)
    {
        number = default;
        if (digits.Length is < 3 or > MaxDigits)
        {
            return false;
        }

        CallingCodeAutomaton automaton;
        ReadOnlySpan<char> national;

        // The national prefix's match on the national digits when it is already known (read together
        // with the international prefix off the same digits), else NotRead.
        var trunk = NotRead;
        if (plus)
        {
            if (CallingCodeOf(digits) is not { } given)
            {
                return false;
            }

            automaton = given;
            national = digits[given.CallingCodeDigits.Length..];
        }
        else
        {
            (var idd, trunk) = PrefixMatcher.MatchLengths(home.InternationalPrefix, home.NationalPrefix, digits);
            if (idd > 0)
            {
                // libphonenumber keeps a prefix followed by 0 (no calling code starts with 0) and reads the
                // whole number nationally; that and a too short rest are left to it.
                var rest = digits[idd..];
                if (rest.Length <= 2 || rest[0] == '0')
                {
                    return false;
                }

                if (CallingCodeOf(rest) is not { } dialled)
                {
                    return false;
                }

                automaton = dialled;
                national = rest[dialled.CallingCodeDigits.Length..];
                trunk = NotRead;
            }
            else if (idd == PrefixMatcher.Unsure)
            {
                return false;
            }
            else
            {
                automaton = home;
                national = digits;
                if (StartsWithCallingCode(digits, home.CallingCodeDigits))
                {
                    // maybeExtractCountryCode: the country code is dropped when the number was not valid
                    // nationally and is without it (and its national prefix), or was too long.
                    var withoutCode = digits[home.CallingCodeDigits.Length..];
                    var prefix = NationalPrefixLength(home, withoutCode);
                    if (prefix < 0)
                    {
                        return false;
                    }

                    if (home.TooLong[digits.Length] || (!GeneralMatches(home, digits) && GeneralMatches(home, withoutCode[prefix..])))
                    {
                        national = withoutCode[prefix..];
                        trunk = NotRead;
                    }
                }
            }
        }

        // parse's own national-prefix strip, kept only when what is left has a possible length.
        if (national.Length < 2)
        {
            return false;
        }

        var strip = NationalPrefixLength(automaton, national, trunk);
        if (strip < 0)
        {
            return false;
        }

        if (strip > 0 && !automaton.KeepsNationalPrefix[national.Length - strip])
        {
            national = national[strip..];
        }

        var length = national.Length;
        if (length is < 2 or > CallingCodeAutomaton.MaxNationalLength)
        {
            return false;
        }

        // A first digit no number of the calling code starts with (the trunk 0 left behind a 179xx
        // prefix) is no number whatever follows: the walk would stay in the dead state.
        if (automaton.Transitions[(DigitDfa.Start * 10) + national[0] - '0'] == DigitDfa.Dead
            && (NumberKind)automaton.Answers[(DigitDfa.Dead * (CallingCodeAutomaton.MaxNationalLength + 1)) + length] == NumberKind.Invalid)
        {
            return IsFinalNoNumber(digits, strip, notShort, home, out number);
        }

        var state = DigitDfa.Start;
        long value = 0;
        var i = 0;
        if ((length & 1) != 0)
        {
            value = national[i++] - '0';
            state = automaton.Transitions[(state * 10) + (int)value];
        }

        var pairs = automaton.PairTransitions;
        for (; i < length; i += 2)
        {
            var pair = (national[i] * 10) + national[i + 1] - ('0' * 11);
            state = pairs[(state * 100) + pair];
            value = (value * 100) + pair;
        }

        var kind = (NumberKind)automaton.Answers[(state * (CallingCodeAutomaton.MaxNationalLength + 1)) + length];
        if (kind == NumberKind.Invalid)
        {
            return IsFinalNoNumber(digits, strip, notShort, home, out number);
        }

        if (!ReferenceEquals(automaton, home))
        {
            kind = NumberKind.International;
        }

        number = new PhoneNumber((automaton.CallingCode * PowersOfTen[length]) + value, kind);
        return true;
    }

    /// <summary>
    /// No number for libphonenumber; final only where CallWarden's short-number rules cannot apply
    /// either (17951 010 62345678 and the like, issue #12 part 6). Other invalid input takes the
    /// reference path, which applies those rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsFinalNoNumber(ReadOnlySpan<char> digits, int strip, bool notShort, CallingCodeAutomaton home, out PhoneNumber number)
    {
        if (strip > 0 && ReferenceEquals(home, _china) && (notShort || ShortNumberRules.NeverApplyInChina(digits)))
        {
            number = PhoneNumber.Invalid;
            return true;
        }

        number = default;
        return false;
    }

    /// <summary>
    /// The calling code after a plus sign or an international prefix: 1 or 86; null for the others,
    /// which are left to libphonenumber. (No out parameter: it would keep the caller's automaton on the
    /// stack for the whole parse.)
    /// </summary>
    private CallingCodeAutomaton? CallingCodeOf(ReadOnlySpan<char> digits) =>
        digits[0] == '1' ? _nanp
        : digits[0] == '8' && digits[1] == '6' ? _china
        : null;

    /// <summary>
    /// maybeStripNationalPrefixAndCarrierCode: how many leading digits are the national prefix — none
    /// when the number matched the general description before and would not after;
    /// <see cref="PrefixMatcher.Unsure"/> when the fast path cannot tell.
    /// </summary>
    /// <param name="matched">The national prefix pattern's match on <paramref name="national"/> when already read, else <see cref="NotRead"/>.</param>
    private static int NationalPrefixLength(CallingCodeAutomaton automaton, ReadOnlySpan<char> national, int matched = NotRead)
    {
        if (automaton.NationalPrefix is null || national.IsEmpty)
        {
            return 0;
        }

        var length = matched == NotRead ? automaton.NationalPrefix.MatchLength(national) : matched;
        if (length <= 0)
        {
            return length;
        }

        if (automaton.NationalPrefixTransforms)
        {
            return PrefixMatcher.Unsure;
        }

        return GeneralMatches(automaton, national) && !GeneralMatches(automaton, national[length..]) ? 0 : length;
    }

    /// <summary>The main region's general description matches the digits as a whole (matchNationalNumber).</summary>
    private static bool GeneralMatches(CallingCodeAutomaton automaton, ReadOnlySpan<char> digits)
    {
        if (digits.Length > automaton.LongestGeneralMatch)
        {
            return false;
        }

        var transitions = automaton.Transitions;
        var reachable = automaton.GeneralReachable;
        var state = DigitDfa.Start;
        foreach (var c in digits)
        {
            state = transitions[(state * 10) + (c - '0')];
            if (!reachable[state])
            {
                return false;
            }
        }

        return automaton.GeneralMatched[state];
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
}
