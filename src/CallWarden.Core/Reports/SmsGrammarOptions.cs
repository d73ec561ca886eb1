using CallWarden.Core.Numbers;

using CallWarden.Core.Localization;

namespace CallWarden.Core.Reports;

/// <summary>The service numbers that take SMS reports and how they read them (configuration section <c>SmsGrammar</c>).</summary>
public sealed class SmsGrammarOptions
{
    public const string SectionName = "SmsGrammar";

    /// <summary>Service number (digits) → its grammar. A deployment adds its own numbers to these.</summary>
    public Dictionary<string, SmsGrammar> ServiceNumbers { get; set; } = new(StringComparer.Ordinal)
    {
        ["12321"] = SmsGrammar.NumberAndTime,
        ["10086999"] = SmsGrammar.NumberAndReasonOrContent, // 中国移动
        ["10010999"] = SmsGrammar.NumberAndReasonOrContent, // 中国联通
        ["10000999"] = SmsGrammar.NumberAndReasonOrContent, // 中国电信
    };

    /// <summary>Calls older than this are not taken.</summary>
    public TimeSpan ReportWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How far in the future a call time may be: the sender's clock may be a little fast.</summary>
    public TimeSpan ClockSkewTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where reported numbers are dialled from (ISO 3166): national forms are read as this region's.</summary>
    public string HomeRegion { get; set; } = "CN";

    /// <summary>
    /// The reply language for a message with no words (<c>13912345678*</c>, <c>TD</c>, <c>CX R…</c>):
    /// every configured service number is Chinese, so simplified Chinese (issue #14).
    /// </summary>
    public DisplayLanguage FallbackLanguage { get; set; } = DisplayLanguage.ZhHans;

    /// <summary>Every problem, each naming its key; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ServiceNumbers is null || ServiceNumbers.Count == 0)
        {
            problems.Add($"{SectionName}:{nameof(ServiceNumbers)} must list at least one service number.");
        }
        else
        {
            foreach (var (number, grammar) in ServiceNumbers)
            {
                if (number is not { Length: >= 3 and <= 20 } || !number.All(char.IsAsciiDigit))
                {
                    problems.Add($"{SectionName}:{nameof(ServiceNumbers)}:{number} must be 3 to 20 digits.");
                }

                if (!Enum.IsDefined(grammar))
                {
                    problems.Add($"{SectionName}:{nameof(ServiceNumbers)}:{number} has an unknown grammar '{grammar}'.");
                }
            }
        }

        if (ReportWindow <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:{nameof(ReportWindow)} must be positive.");
        }

        if (ClockSkewTolerance < TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:{nameof(ClockSkewTolerance)} must not be negative.");
        }

        if (HomeRegion is null || !PhoneNumberNormalizer.SupportedRegions.Contains(HomeRegion))
        {
            problems.Add($"{SectionName}:{nameof(HomeRegion)} '{HomeRegion}' is not a supported ISO 3166 region such as CN.");
        }

        if (!Enum.IsDefined(FallbackLanguage))
        {
            problems.Add($"{SectionName}:{nameof(FallbackLanguage)} '{FallbackLanguage}' is not a reply language.");
        }

        return problems;
    }
}
