using System.Globalization;
using System.Text;
using CallWarden.Core.Numbers;
using PhoneNumbers;
using PhoneNumber = CallWarden.Core.Numbers.PhoneNumber;

namespace CallWarden.Core.Screening;

/// <summary>The reader behind <see cref="RulePattern.TryParse"/>.</summary>
internal static class RulePatternParser
{
    /// <summary>A written <c>*</c> before it is known to be "any rest" or "one digit".</summary>
    private const byte Star = 11;

    private const string UnknownRegion = "ZZ";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>How much of a refused pattern an error message quotes.</summary>
    private const int QuotedLength = 24;

    public static bool TryParse(string? text, string region, out RulePattern? pattern, out RulePatternError? error)
    {
        var plan = DialingPlan.For(region);
        pattern = null;
        error = Read(text, plan, out var positions, out var isOpenEnded);
        if (error is null && !isOpenEnded && !positions.Contains(RulePattern.AnyDigit))
        {
            // One number: take the normaliser's E.164, so that the entry has the key callers get.
            var number = Normalize(text!, positions, region);
            if (number.IsValid)
            {
                var digits = new byte[E164Digits.Count(number.E164)];
                E164Digits.Write(number.E164, digits);
                positions = digits;
            }
            else if (positions.Length > RulePattern.MaxDigits)
            {
                error = Refuse(RulePatternProblem.TooManyDigits, text!, $"has more digits than a phone number ({RulePattern.MaxDigits} with the country code)");
            }
            else
            {
                error = Refuse(RulePatternProblem.NotANumber, text!, "is not a valid phone number: write the whole number, or end it with * to match a range (+86139*)");
            }
        }

        if (error is null)
        {
            pattern = new RulePattern(positions, isOpenEnded);
        }

        return error is null;
    }

    private static RulePatternError? Read(string? text, DialingPlan plan, out byte[] positions, out bool isOpenEnded)
    {
        positions = [];
        isOpenEnded = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RulePatternError(RulePatternProblem.Empty, "A pattern is empty: write a number such as 13912345678 or a prefix such as +86139*.");
        }

        if (text.Length > RulePattern.MaxTextLength)
        {
            return Refuse(RulePatternProblem.TooLong, text, $"is too long: a pattern has at most {RulePattern.MaxTextLength} characters");
        }

        Span<byte> tokens = stackalloc byte[RulePattern.MaxTextLength];
        var count = 0;
        var plus = false;
        var zero = -1;
        foreach (var c in text)
        {
            if (c is '+' or '＋')
            {
                if (plus || count > 0)
                {
                    return Refuse(RulePatternProblem.MisplacedPlus, text, "has a + that is not at its start");
                }

                plus = true;
            }
            else if (c is ' ' or '-' or '(' or ')' or '.' or '\u3000' or '－' or '（' or '）')
            {
                continue;
            }
            else if (c is '*' or '＊')
            {
                tokens[count++] = Star;
            }
            else if (c is '?' or '？')
            {
                tokens[count++] = RulePattern.AnyDigit;
            }
            else if (char.IsDigit(c))
            {
                var value = CharUnicodeInfo.GetDecimalDigitValue(c);
                var script = c - value;
                if (zero >= 0 && script != zero)
                {
                    return Refuse(RulePatternProblem.MixedScripts, text, "mixes digits of different scripts (such as 1 and １): write every digit the same way");
                }

                zero = script;
                tokens[count++] = (byte)value;
            }
            else if (char.IsLetter(c))
            {
                return Refuse(RulePatternProblem.Letters, text, "contains letters: use digits, * for any rest and ? for one digit");
            }
            else
            {
                return Refuse(RulePatternProblem.InvalidCharacter, text, $"contains {Describe(c)}: use digits, * for any rest and ? for one digit");
            }
        }

        if (count == 0)
        {
            return Refuse(RulePatternProblem.Empty, text, "has no digits");
        }

        // A single trailing star is "any rest"; stars anywhere else, or a run of them, are one digit each.
        isOpenEnded = count > 0 && tokens[count - 1] == Star && (count == 1 || tokens[count - 2] != Star);
        var body = tokens[..(isOpenEnded ? count - 1 : count)];
        body.Replace(Star, RulePattern.AnyDigit);
        if (!body.ContainsAnyInRange((byte)0, (byte)9))
        {
            return Refuse(RulePatternProblem.OnlyWildcards, text, "has no digits and would match every number: use the default disposition or contacts-only mode instead");
        }

        if (body[0] == RulePattern.AnyDigit)
        {
            return Refuse(RulePatternProblem.LeadingWildcard, text, "starts with a wildcard: a pattern starts with the digits it matches (+86139*, 139****5678)");
        }

        var e164 = ToE164(body, plus, plan);
        if (e164.IsEmpty || e164[0] == 0)
        {
            return Refuse(RulePatternProblem.NoCountryCode, text, "has no country code after the international prefix");
        }

        if (e164[0] == RulePattern.AnyDigit)
        {
            return Refuse(RulePatternProblem.LeadingWildcard, text, "starts with a wildcard: a pattern starts with the digits it matches (+86139*, 139****5678)");
        }

        if (e164.Length > RulePattern.MaxDigits && (isOpenEnded || body.Contains(RulePattern.AnyDigit)))
        {
            return Refuse(RulePatternProblem.TooManyDigits, text, $"has more digits than a phone number ({RulePattern.MaxDigits} with the country code)");
        }

        // A number without wildcards is checked by the normaliser, which also knows dialling prefixes such as 17951.
        positions = e164.ToArray();
        return null;
    }

    /// <summary>The positions in E.164 order, country code first.</summary>
    private static ReadOnlySpan<byte> ToE164(ReadOnlySpan<byte> body, bool plus, DialingPlan plan)
    {
        if (plus)
        {
            return body;
        }

        if (StartsWith(body, plan.InternationalPrefix))
        {
            return body[plan.InternationalPrefix!.Length..];
        }

        if (plan.CountryCode == "86" && StartsWith(body, "86"))
        {
            return body;
        }

        var national = StartsWith(body, plan.NationalPrefix) ? body[plan.NationalPrefix!.Length..] : body;
        var e164 = new byte[plan.CountryCode.Length + national.Length];
        for (var i = 0; i < plan.CountryCode.Length; i++)
        {
            e164[i] = (byte)(plan.CountryCode[i] - '0');
        }

        national.CopyTo(e164.AsSpan(plan.CountryCode.Length));
        return e164;
    }

    private static PhoneNumber Normalize(string text, byte[] positions, string region)
    {
        // Not MaxDigits: an SMS port's key is longer than E.164 allows (+861069012345678901), and its
        // canonical form must read back through the short-code path below (issue #9 part 8).
        var number = PhoneNumberNormalizer.Default.Normalize(text, region);
        if (number.IsValid || positions.Length > E164Digits.MaxDigits)
        {
            return number;
        }

        // Digits of another script (٠١٢…) may be unknown to libphonenumber: try the number in ASCII E.164.
        var digits = string.Concat(positions.Select(p => (char)('0' + p)));
        number = PhoneNumberNormalizer.Default.Normalize("+" + digits, region);
        if (number.IsValid)
        {
            return number;
        }

        // Short codes written in E.164 (+86110, +8612321) are national short numbers to the normaliser,
        // which knows them only in the region of their country code.
        for (var length = 1; length <= 3 && length < digits.Length; length++)
        {
            var home = Util.GetRegionCodeForCountryCode(int.Parse(digits.AsSpan(0, length), CultureInfo.InvariantCulture));
            if (home != UnknownRegion)
            {
                // A calling code of no country (+800, +888: libphonenumber's region "001") has no short numbers.
                if (!PhoneNumberNormalizer.SupportedRegions.Contains(home))
                {
                    return PhoneNumber.Invalid;
                }

                var national = PhoneNumberNormalizer.Default.Normalize(digits.AsSpan(length), home);
                return national.Kind is NumberKind.Emergency or NumberKind.Service or NumberKind.SmsPort ? national : PhoneNumber.Invalid;
            }
        }

        return PhoneNumber.Invalid;
    }

    private static bool StartsWith(ReadOnlySpan<byte> body, string? prefix)
    {
        if (prefix is null || body.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (body[i] != prefix[i] - '0')
            {
                return false;
            }
        }

        return true;
    }

    private static RulePatternError Refuse(RulePatternProblem problem, string text, string why) =>
        new(problem, $"Pattern '{Quote(text)}' {why}.");

    /// <summary>The start of the pattern, safe to show: control and formatting characters are replaced.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(QuotedLength + 1);
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, QuotedLength)))
        {
            quoted.Append(IsInvisible(c) ? '\uFFFD' : c);
        }

        return text.Length > QuotedLength ? quoted.Append('…').ToString() : quoted.ToString();
    }

    private static string Describe(char c) =>
        IsInvisible(c) ? $"the character U+{(int)c:X4}" : $"'{c}'";

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
