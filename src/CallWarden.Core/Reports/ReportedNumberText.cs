using System.Text;

namespace CallWarden.Core.Reports;

/// <summary>
/// The number part of a report, before the separator. Blanks, invisible marks and quotes around it
/// are dropped; inside it only digits (ASCII or full-width) and the usual dialling punctuation may
/// appear, so no letter, look-alike digit or hidden mark can smuggle a different number past the reader.
/// A number said digit by digit in Chinese numerals (<c>一三九一二三四五六七八</c>, <c>幺</c> for 1) is
/// unambiguous and read too; 十 is not (issue #14). Two numbers are refused as such, not as invalid.
/// </summary>
internal static class ReportedNumberText
{
    /// <summary>Longer is no phone number, even with spaces and a country code.</summary>
    private const int MaxLength = 40;

    private const string Punctuation = " -+().";

    /// <summary>Chinese numerals said digit by digit, each at the index of its value.</summary>
    private static readonly string[] ChineseDigits = ["零〇", "一幺", "二两兩", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>What people put between two numbers in a list.</summary>
    private const string ListSeparators = " 、,，;；/和及跟";

    /// <summary>A number with fewer digits is a group of one number written with spaces (139 1234 5678).</summary>
    private const int MinDigitsOfANumber = 7;

    /// <summary>Null and the number as the normaliser should see it (ASCII), or the reason it is refused.</summary>
    public static SmsRefusalReason? Read(ReadOnlySpan<char> raw, out string evidence, out string dialable)
    {
        var trimmed = SmsText.TrimBlanksAndQuotes(raw);
        evidence = trimmed.ToString();
        dialable = string.Empty;
        if (trimmed.IsEmpty)
        {
            return SmsRefusalReason.MissingNumber;
        }

        if (HasSeveralNumbers(trimmed))
        {
            return SmsRefusalReason.MultipleNumbers;
        }

        if (trimmed.Length > MaxLength)
        {
            return SmsRefusalReason.InvalidNumber;
        }

        var ascii = new StringBuilder(trimmed.Length);
        var digits = 0;
        foreach (var c in trimmed)
        {
            if (SmsText.IsInvisibleMark(c))
            {
                return SmsRefusalReason.HiddenCharactersInNumber;
            }

            var folded = ChineseDigit(c) ?? SmsText.FoldWidth(c);
            if (char.IsAsciiDigit(folded))
            {
                digits++;
            }
            else if (!Punctuation.Contains(folded, StringComparison.Ordinal))
            {
                return SmsRefusalReason.InvalidNumber;
            }

            ascii.Append(folded);
        }

        dialable = ascii.ToString();
        return digits == 0 ? SmsRefusalReason.InvalidNumber : null;
    }

    /// <summary>Two or more groups of at least <see cref="MinDigitsOfANumber"/> digits between list separators.</summary>
    public static bool HasSeveralNumbers(ReadOnlySpan<char> text)
    {
        var numbers = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (ListSeparators.Contains(SmsText.FoldWidth(c), StringComparison.Ordinal))
            {
                numbers += digits >= MinDigitsOfANumber ? 1 : 0;
                digits = 0;
            }
            else if (char.IsAsciiDigit(ChineseDigit(c) ?? SmsText.FoldWidth(c)))
            {
                digits++;
            }
        }

        numbers += digits >= MinDigitsOfANumber ? 1 : 0;
        return numbers > 1;
    }

    private static char? ChineseDigit(char c)
    {
        for (var value = 0; value < ChineseDigits.Length; value++)
        {
            if (ChineseDigits[value].Contains(c, StringComparison.Ordinal))
            {
                return (char)('0' + value);
            }
        }

        return null;
    }
}
