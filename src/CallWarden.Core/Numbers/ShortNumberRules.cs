using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CallWarden.Core.Numbers;

/// <summary>
/// CallWarden's own rules for numbers libphonenumber does not count as valid: withheld callers,
/// emergency numbers, short service numbers and SMS ports. They only ever apply to an input that
/// libphonenumber rejected, so they never change a number libphonenumber accepts.
/// </summary>
internal static partial class ShortNumberRules
{
    private static readonly HashSet<string> AnonymousWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "anonymous", "restricted", "private", "withheld", "unknown", "unavailable", "blocked",
        "匿名", "未知", "隐藏", "隱藏", "私人号码", "私人號碼", "无主叫号码", "無主叫號碼",
        // How people write it in a report (issue #14 item 8).
        "未显示号码", "未顯示號碼", "未显示", "未顯示", "不显示号码", "不顯示號碼", "无来电显示", "無來電顯示", "号码未显示", "號碼未顯示",
        "隐藏号码", "隱藏號碼", "匿名电话", "匿名電話", "匿名号码", "匿名號碼", "未知号码", "未知號碼", "无号码", "無號碼",
        "no caller id", "number withheld", "withheld number", "private number", "unknown number", "no number",
    };

    /// <summary>
    /// CN's emergency numbers as DESIGN.md lists them: police 110, fire 119, ambulance 120 and traffic
    /// accidents 122 (which libphonenumber's short-number data lacks), plus 112 and 999.
    /// </summary>
    private static readonly HashSet<string> CnEmergency = new(StringComparer.Ordinal) { "110", "119", "120", "122", "112", "999" };

    public static bool IsAnonymous(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        // SIP From/P-Asserted-Identity of a withheld caller: sip:anonymous@anonymous.invalid
        if (trimmed.Contains("anonymous@", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return AnonymousWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed);
    }

    /// <summary>
    /// The longest CN number <see cref="Classify"/> gives a kind to, SMS ports aside: service numbers
    /// have at most 8 digits, emergency numbers 3 (libphonenumber's own CN emergency numbers included,
    /// pinned by ShortNumberRulesTests).
    /// </summary>
    internal const int LongestChinaShortNumber = 8;

    /// <summary>
    /// Whether <see cref="Classify"/> answers invalid for these digits in CN, whatever they are: too
    /// long for a service or emergency number and no SMS port. Lets the fast path give libphonenumber's
    /// "no number" as the final answer (issue #12 part 6).
    /// </summary>
    public static bool NeverApplyInChina(ReadOnlySpan<char> digits) =>
        digits.Length > LongestChinaShortNumber && !digits.StartsWith("106", StringComparison.Ordinal);

    /// <summary>Classifies the digits of a short number dialled in <paramref name="region"/>.</summary>
    public static PhoneNumber Classify(string digits, string region, int countryCode)
    {
        if (digits.Length is < 3 or > 20 || !digits.All(char.IsAsciiDigit))
        {
            return PhoneNumber.Invalid;
        }

        NumberKind kind;
        if ((region == "CN" && CnEmergency.Contains(digits)) || ShortNumberInfo.GetInstance().IsEmergencyNumber(digits, region))
        {
            kind = NumberKind.Emergency;
        }
        else if (region == "CN" && CnSmsPort().IsMatch(digits))
        {
            kind = NumberKind.SmsPort;
        }
        else if (region == "CN" ? CnService().IsMatch(digits) : IsValidShortNumber(digits, region))
        {
            kind = NumberKind.Service;
        }
        else
        {
            return PhoneNumber.Invalid;
        }

        // The key must fit a 64-bit integer: 18 digits with the country code covers every real SMS port.
        var key = countryCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + digits;
        return key.Length <= 18
            ? new PhoneNumber(long.Parse(key, System.Globalization.CultureInfo.InvariantCulture), kind)
            : PhoneNumber.Invalid;
    }

    /// <summary>Outside CN, libphonenumber's short-number metadata (311, 411 … in the US) decides.</summary>
    private static bool IsValidShortNumber(string digits, string region)
    {
        try
        {
            var number = PhoneNumberUtil.GetInstance().Parse(digits, region);
            return ShortNumberInfo.GetInstance().IsValidShortNumberForRegion(number, region);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>106 + carrier digit + the sender's code: 8 to 20 digits in all.</summary>
    [GeneratedRegex(@"^106\d{5,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex CnSmsPort();

    /// <summary>
    /// 95xxx(x) and 96xxx(x) service lines (banks, insurers, airlines), 1[0-2]xxx carrier and
    /// government hotlines (10086, 10010, 10000, 12321, 12315, 12345) and their 8-digit extensions
    /// such as the report numbers 10086999, 10010999 and 10000999.
    /// </summary>
    [GeneratedRegex(@"^(?:9[56]\d{3,4}|1[0-2]\d{3}(?:\d{3})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CnService();
}
