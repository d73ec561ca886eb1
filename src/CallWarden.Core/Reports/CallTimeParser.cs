using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using CallWarden.Core.Calendar;

namespace CallWarden.Core.Reports;

/// <summary>
/// Reads the call time of a 12321 report in China time. Shapes: <c>2026-11-28 14:30</c>,
/// <c>2026/11/28 14:30</c>, <c>2026年11月28日14:30</c>, <c>11月28日14:30</c>, <c>11-28 14:30</c>,
/// <c>14:30</c>, <c>昨天 14:30</c>, <c>前天晚上8點</c>, <c>昨晚八点半</c>, <c>11月28日下午2點30分</c>,
/// <c>yesterday 2:30 pm</c>; full-width digits and colon, traditional characters and Chinese
/// numerals too. A time without a date is the latest such time not in the future; a date
/// without a year likewise.
/// </summary>
public static partial class CallTimeParser
{
    /// <summary>Longer text is not a time; the cap also bounds the regex's work.</summary>
    private const int MaxLength = 40;

    public static SmsRefusalReason? Parse(
        ReadOnlySpan<char> text, DateTimeOffset now, TimeSpan tolerance, TimeSpan window, out DateTimeOffset occurredAt)
    {
        occurredAt = default;
        if (text.Length > MaxLength)
        {
            return SmsRefusalReason.TimeNotUnderstood;
        }

        var match = Shape().Match(Normalize(text));
        if (!match.Success || Read(match, now, tolerance) is not { } time)
        {
            return SmsRefusalReason.TimeNotUnderstood;
        }

        if (time > now + tolerance)
        {
            return SmsRefusalReason.TimeInFuture;
        }

        if (time < now - window)
        {
            return SmsRefusalReason.TimeTooOld;
        }

        occurredAt = time;
        return null;
    }

    private static DateTimeOffset? Read(Match match, DateTimeOffset now, TimeSpan tolerance)
    {
        var period = match.Groups["period"].Value;
        var night = match.Groups["night"].Value;
        var ampm = match.Groups["ampm"].Value;
        if ((period.Length > 0 ? 1 : 0) + (night.Length > 0 ? 1 : 0) + (ampm.Length > 0 ? 1 : 0) > 1)
        {
            return null;
        }

        var minute = Number(match, "mi") + 15 * Number(match, "q") + (match.Groups["half"].Success ? 30 : 0);
        var hour = ClockHour.Of(Number(match, "h"), period + night + ampm);
        if (hour is null || minute > 59 || Number(match, "s") > 59)
        {
            return null;
        }

        var timeOfDay = new TimeSpan(hour.Value, minute, Number(match, "s"));
        var today = DateOnly.FromDateTime(now.DateTime);
        var latest = now + tolerance;
        if (match.Groups["d"].Success)
        {
            var month = Number(match, "mo");
            var day = Number(match, "d");
            if (match.Groups["y"].Success)
            {
                return At(Number(match, "y"), month, day, timeOfDay);
            }

            var thisYear = At(today.Year, month, day, timeOfDay);
            return thisYear is { } t && t <= latest ? t : At(today.Year - 1, month, day, timeOfDay);
        }

        var daysBack = (match.Groups["rel"].Value + night) switch
        {
            "" => -1,
            "今天" or "今日" or "today" or "今晚" or "今早" => 0,
            "昨天" or "昨日" or "yesterday" or "昨晚" or "昨夜" or "昨早" => 1,
            _ => 2,
        };
        if (daysBack >= 0)
        {
            return At(today.AddDays(-daysBack), timeOfDay);
        }

        var todayAt = At(today, timeOfDay);
        return todayAt <= latest ? todayAt : todayAt.AddDays(-1);
    }

    private static DateTimeOffset? At(int year, int month, int day, TimeSpan timeOfDay) =>
        year is >= 1900 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? At(new DateOnly(year, month, day), timeOfDay)
            : null;

    private static DateTimeOffset At(DateOnly date, TimeSpan timeOfDay) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset) + timeOfDay;

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;

    /// <summary>Folded, without invisible marks and trailing full stops, Chinese numerals as digits, one space between words.</summary>
    private static string Normalize(ReadOnlySpan<char> text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in SmsText.Fold(text))
        {
            if (SmsText.IsInvisibleMark(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] != ' ')
                {
                    folded.Append(' ');
                }

                continue;
            }

            folded.Append(c);
        }

        return ChineseNumerals.ToDigits(folded.ToString().TrimEnd(' ', '。', '.', '!', '！'));
    }

    // Runs on normalised text; every quantifier is bounded or separated by literals, so it cannot backtrack far.
    [GeneratedRegex("""
        ^(?:
            (?<y>[0-9]{4}) \ ? [-/.年] \ ? (?<mo>[0-9]{1,2}) \ ? [-/.月] \ ? (?<d>[0-9]{1,2}) \ ? [日号]?
          | (?<mo>[0-9]{1,2}) \ ? 月 \ ? (?<d>[0-9]{1,2}) \ ? [日号]?
          | (?<mo>[0-9]{1,2}) [-/] (?<d>[0-9]{1,2})
          | (?<rel>今天|今日|昨天|昨日|前天|前日|today|yesterday)
          | (?<night>昨晚|今晚|昨夜|今早|昨早)上?
        )?
        [\ t,]{0,2}
        (?<period>凌晨|半夜|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)?
        \ ?
        (?:
            (?<h>[0-9]{1,2}) \ ? : \ ? (?<mi>[0-9]{2}) (?: : (?<s>[0-9]{2}) )? \ ? (?:(?<ampm>am|pm|a\.m|p\.m)\.?)?
          | (?<h>[0-9]{1,2}) \ ? [点时] 钟? \ ? (?: (?<mi>[0-9]{1,2}) \ ? 分? 钟? | (?<half>半) | (?<q>[13]) \ ? 刻 | 整 )?
        )$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
