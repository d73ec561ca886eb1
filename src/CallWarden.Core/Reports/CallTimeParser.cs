using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using CallWarden.Core.Calendar;

namespace CallWarden.Core.Reports;

/// <summary>
/// Reads the call time of a 12321 report in China time. Shapes: <c>2026-11-28 14:30</c>,
/// <c>2026/11/28 14:30</c>, <c>2026年11月28日14:30</c>, <c>11月28日14:30</c>, <c>11-28 14:30</c>,
/// <c>14:30</c>, <c>昨天 14:30</c>, <c>前天晚上8點</c>, <c>昨晚八点半</c>, <c>11月28日下午2點30分</c>,
/// <c>yesterday 2:30 pm</c>; a day alone (<c>28号上午10点半</c>), a weekday (<c>星期五</c>, <c>周五</c>,
/// <c>禮拜五</c>: the most recent past one), a period right after the date (<c>11月28日晚8点</c>) and
/// approximate times (<c>下午3点左右</c>, <c>3点多</c>, <c>大概3点</c>, read as the hour said; issue #14);
/// full-width digits and colon, traditional characters and Chinese numerals too. A time without
/// a date is the latest such time not in the future; a date without a year or month likewise.
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

    /// <summary>
    /// The longest start of <paramref name="text"/> that is a call time, for a time followed by a
    /// reason (<c>昨天下午3点 推销贷款</c>). A start that is a time but in the future or too old is
    /// refused as such. <paramref name="length"/> is the length of the time read.
    /// </summary>
    public static SmsRefusalReason? ParseLeading(
        ReadOnlySpan<char> text, DateTimeOffset now, TimeSpan tolerance, TimeSpan window, out DateTimeOffset occurredAt, out int length)
    {
        length = 0;
        // A cut at a space first: 今天早上7点 半夜也打 is 7:00 and a reason, not 7点 半 (7:30).
        foreach (var atSpace in (ReadOnlySpan<bool>)[true, false])
        {
            for (length = Math.Min(text.Length, MaxLength); length > 0; length--)
            {
                var cut = length < text.Length;
                if (cut && atSpace && !char.IsWhiteSpace(text[length]))
                {
                    continue;
                }

                // A cut inside a number (14:3|0) would read another time.
                if (cut && (IsNumberCharacter(text[length]) && IsNumberCharacter(text[length - 1])
                    || !IsGap(text[length]) && EndsInLooseDigits(text[..length])))
                {
                    continue;
                }

                var problem = Parse(text[..length], now, tolerance, window, out occurredAt);
                if (problem != SmsRefusalReason.TimeNotUnderstood)
                {
                    return problem;
                }
            }
        }

        occurredAt = default;
        return SmsRefusalReason.TimeNotUnderstood;
    }

    /// <summary>
    /// 下午3点 2|次 must not read as 15:02, nor 7点一|天 as 7:01: a cut after a numeral ends a time only
    /// as hh:mm or as a minute of two or more numerals (3点36|推销, 三点三十六|推销).
    /// </summary>
    private static bool EndsInLooseDigits(ReadOnlySpan<char> start)
    {
        var numerals = 0;
        while (numerals < start.Length && IsNumberCharacter(start[^(numerals + 1)]) && SmsText.FoldWidth(start[^(numerals + 1)]) != ':')
        {
            numerals++;
        }

        return numerals == 1 && !(start.Length >= 3 && SmsText.FoldWidth(start[^3]) == ':');
    }

    private static bool IsGap(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || SmsText.IsSeparator(c);

    private static bool IsNumberCharacter(char c) =>
        char.IsAsciiDigit(SmsText.FoldWidth(c)) || SmsText.FoldWidth(c) == ':' || "零〇一二两兩三四五六七八九十".Contains(c, StringComparison.Ordinal);

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
        if (match.Groups["wd"].Success)
        {
            var weekday = match.Groups["wd"].Value is "日" or "天" or "7" ? DayOfWeek.Sunday : (DayOfWeek)Number(match, "wd");
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            if (back == 0 && At(today, timeOfDay) > latest)
            {
                back = 7;
            }

            return At(today.AddDays(-back), timeOfDay);
        }

        if (match.Groups["d"].Success && !match.Groups["mo"].Success)
        {
            // A day alone (28号) is in this month or, when that is still to come or has no such day, an earlier one.
            var first = new DateOnly(today.Year, today.Month, 1);
            for (var monthsBack = 0; monthsBack <= 2; monthsBack++)
            {
                var month = first.AddMonths(-monthsBack);
                if (At(month.Year, month.Month, Number(match, "d"), timeOfDay) is { } t && t <= latest)
                {
                    return t;
                }
            }

            return null;
        }

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
        ^(?:大概|大约|约|差不多)?\ ?
        (?:
            (?<y>[0-9]{4}) \ ? [-/.年] \ ? (?<mo>[0-9]{1,2}) \ ? [-/.月] \ ? (?<d>[0-9]{1,2}) \ ? [日号]?
          | (?<mo>[0-9]{1,2}) \ ? 月 \ ? (?<d>[0-9]{1,2}) \ ? [日号]?
          | (?<mo>[0-9]{1,2}) [-/] (?<d>[0-9]{1,2})
          | (?<d>[0-9]{1,2}) \ ? [日号]
          | (?:星期|周|礼拜) \ ? (?<wd>[1-7]|日|天)
          | (?<rel>今天|今日|昨天|昨日|前天|前日|today|yesterday)
          | (?<night>昨晚|今晚|昨夜|今早|昨早)上?
        )?
        [\ t,]{0,2}
        (?:大概|大约|约|差不多)?\ ?
        (?<period>凌晨|半夜|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|晚|早)?
        \ ?
        (?:
            (?<h>[0-9]{1,2}) \ ? : \ ? (?<mi>[0-9]{2}) (?: : (?<s>[0-9]{2}) )? \ ? (?:(?<ampm>am|pm|a\.m|p\.m)\.?)?
          | (?<h>[0-9]{1,2}) \ ? [点时] 钟? \ ? (?: (?<mi>[0-9]{1,2}) \ ? 分? 钟? | (?<half>半) | (?<q>[13]) \ ? 刻 | 整 | 多 钟? )?
        )
        \ ?(?:左右|前后|的样子)?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
