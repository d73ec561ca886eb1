using System.Globalization;
using System.Text;

namespace CallWarden.Core.Reports;

/// <summary>
/// Rewrites runs of Chinese numerals as digits (<c>十一月二十八日下午两点半</c> → <c>11月28日下午2点半</c>)
/// so that one time grammar reads both. Runs with 十 are read as 0–99; runs without as digit
/// strings (<c>二〇二六</c> → <c>2026</c>). A run that is neither is left alone and the time is not understood.
/// </summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string ToDigits(string text)
    {
        if (!text.AsSpan().ContainsAny("零〇一二两三四五六七八九十"))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && IsNumeral(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                result.Append(text[i++]);
                continue;
            }

            var run = text.AsSpan(start, i - start);
            result.Append(Read(run) ?? run.ToString());
        }

        return result.ToString();
    }

    private static bool IsNumeral(char c) => c is '十' or '〇' or '两' || Digits.Contains(c, StringComparison.Ordinal);

    private static int Digit(char c) => c switch
    {
        '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };

    private static string? Read(ReadOnlySpan<char> run)
    {
        var ten = run.IndexOf('十');
        if (ten < 0)
        {
            var digits = new StringBuilder(run.Length);
            foreach (var c in run)
            {
                digits.Append((char)('0' + Digit(c)));
            }

            return digits.ToString();
        }

        var tens = run[..ten];
        var units = run[(ten + 1)..];
        if (tens.Length > 1 || units.Length > 1 || units.Contains('十'))
        {
            return null;
        }

        var value = (tens.IsEmpty ? 1 : Digit(tens[0])) * 10 + (units.IsEmpty ? 0 : Digit(units[0]));
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
