using System.Text;

namespace CallWarden.Core.Reports;

/// <summary>
/// The number part of a report, before the separator. Blanks, invisible marks and quotes around it
/// are dropped; inside it only digits (ASCII or full-width) and the usual dialling punctuation may
/// appear, so no letter, look-alike digit or hidden mark can smuggle a different number past the reader.
/// </summary>
internal static class ReportedNumberText
{
    /// <summary>Longer is no phone number, even with spaces and a country code.</summary>
    private const int MaxLength = 40;

    private const string Punctuation = " -+().";

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

            var folded = SmsText.FoldWidth(c);
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
}
