namespace CallWarden.Core.Reports;

/// <summary>
/// The hour of the day (0–24) that an hour said with a period of the day means: 下午3點 is 15,
/// 晚上12點 is the midnight at the end of that day (24), 凌晨12點 the one at its start (0).
/// Combinations nobody says (上午15點) are not understood rather than guessed.
/// </summary>
internal static class ClockHour
{
    public static int? Of(int hour, string period) => period switch
    {
        "" when hour <= 23 => hour,
        "凌晨" or "半夜" when hour <= 5 || hour == 12 => hour % 12,
        "早上" or "早晨" or "早" or "上午" or "今早" or "昨早" when hour <= 11 => hour,
        "am" or "a.m" when hour is >= 1 and <= 12 => hour % 12,
        "中午" when hour is 11 or 12 => hour,
        "中午" when hour is >= 1 and <= 2 => hour + 12,
        "下午" or "傍晚" when hour is >= 1 and <= 11 => hour + 12,
        "下午" or "傍晚" when hour is >= 12 and <= 23 => hour,
        "pm" or "p.m" when hour is >= 1 and <= 12 => hour % 12 + 12,
        "晚上" or "晚" or "夜里" or "夜间" or "今晚" or "昨晚" or "昨夜" when hour is >= 5 and <= 11 => hour + 12,
        "晚上" or "晚" or "夜里" or "夜间" or "今晚" or "昨晚" or "昨夜" when hour == 12 => 24,
        "晚上" or "晚" or "夜里" or "夜间" or "今晚" or "昨晚" or "昨夜" when hour is >= 13 and <= 23 => hour,
        _ => null,
    };
}
