using System.Globalization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Core.Screening;

/// <summary>The sentences of <see cref="Reason.Text"/> in simplified Chinese, traditional Chinese and English; times are China times.</summary>
internal static class ReasonText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Describe(Reason reason)
    {
        var data = reason.Data;
        var language = reason.Language;
        var caller = data.Caller.ToString();
        return reason.Rule switch
        {
            ScreeningRule.Emergency => Pick(language, "紧急服务号码总是接通", "緊急服務號碼總是接通", "emergency numbers always get through"),
            ScreeningRule.CriticalService => Pick(language, "关键公共服务号码总是接通", "關鍵公共服務號碼總是接通", "critical public service numbers always get through"),
            ScreeningRule.Contact => Pick(language, "在您的联系人中", "在您的聯絡人中", "in your contacts"),
            ScreeningRule.Allowlist or ScreeningRule.Blocklist => Entry(reason.Rule == ScreeningRule.Allowlist, data, language),
            ScreeningRule.CarrierEnforcement => Enforcement(data.Community, language),
            ScreeningRule.Anonymous => data.Presentation == Presentation.Unavailable
                ? Pick(language, "网络未提供来电号码", "網絡未提供來電號碼", "the network gave no calling number")
                : Pick(language, "来电隐藏了号码", "來電隱藏了號碼", "the caller withheld their number"),
            ScreeningRule.InvalidNumber => Pick(language, "来电号码无效或未分配", "來電號碼無效或未分配", "the calling number is invalid or unallocated"),
            ScreeningRule.InternationalCall => Pick(language, $"境外来电 {caller}", $"境外來電 {caller}", $"international call from {caller}"),
            ScreeningRule.GatewaySpoofing => Pick(
                language,
                $"国内号码 {caller} 经国际关口呼入，疑似改号",
                $"國內號碼 {caller} 經國際閘道呼入，疑似改號",
                $"domestic number {caller} arrived over an international gateway: suspected spoofing"),
            ScreeningRule.ContactsOnly => Pick(language, "您只接听联系人来电", "您只接聽聯絡人來電", "you take calls from your contacts only"),
            ScreeningRule.NeighbourSpoofing => Pick(
                language,
                $"与您的号码前 {data.SharedDigits} 位相同，疑似冒用近似号码",
                $"與您的號碼前 {data.SharedDigits} 位相同，疑似冒用近似號碼",
                $"shares its first {data.SharedDigits} digits with your number: suspected neighbour spoofing"),
            ScreeningRule.Region => Pick(
                language,
                $"来自{PlaceName(data.Region, language)}（您的地区规则）",
                $"來自{PlaceName(data.Region, language)}（您的地區規則）",
                $"calling from {PlaceName(data.Region, language)} (your region rule)"),
            ScreeningRule.RefusalRegistry => Pick(language, "您已登记拒接营销来电", "您已登記拒接營銷來電", "you registered to refuse marketing calls"),
            ScreeningRule.VerifiedBusiness when data.Business.Name is { } business => Pick(
                language,
                $"已认证的企业客服号码：{business.In(language)}",
                $"已認證的企業客服號碼：{business.In(language)}",
                $"verified customer service line of {business.In(language)}"),
            ScreeningRule.VerifiedBusiness => data.Community.BusinessOwner is { } owner
                ? Pick(language, $"认证企业号码：{owner}", $"認證企業號碼：{owner}", $"verified business line: {owner}")
                : Pick(language, "认证企业号码", "認證企業號碼", "verified business line"),
            ScreeningRule.Reputation => Reputation(data, language),
            ScreeningRule.QuietHours => QuietHours(data, language),
            ScreeningRule.StirShaken => data.VerificationFailed
                ? Pick(language, "主叫号码验证失败", "主叫號碼驗證失敗", "caller ID verification failed")
                : Pick(language, $"主叫号码证明等级 {data.Attestation}，未经验证", $"主叫號碼證明等級 {data.Attestation}，未經驗證", $"caller ID attestation {data.Attestation}: not verified"),
            _ => Pick(
                language,
                $"没有规则作出决定，按您的默认设置：{DispositionName(reason.Outcome, language)}",
                $"沒有規則作出決定，按您的預設設定：{DispositionName(reason.Outcome, language)}",
                $"no rule decided: your default is {DispositionName(reason.Outcome, language)}"),
        };
    }

    /// <summary>How a disposition is named to the callee.</summary>
    public static string DispositionName(Disposition disposition, DisplayLanguage language) => disposition switch
    {
        Disposition.Label => Pick(language, "标记后接听", "標記後接聽", "label"),
        Disposition.Reject => Pick(language, "拒接", "拒接", "reject"),
        Disposition.Busy => Pick(language, "忙音", "忙音", "busy"),
        Disposition.PoweredOff => Pick(language, "关机提示", "關機提示", "switched-off announcement"),
        Disposition.NotInService => Pick(language, "空号提示", "空號提示", "not-in-service announcement"),
        Disposition.Voicemail => Pick(language, "转语音信箱", "轉語音信箱", "voicemail"),
        _ => Pick(language, "接听", "接聽", "allow"),
    };

    private static string Entry(bool allowlist, ReasonData data, DisplayLanguage language)
    {
        var entry = data.Entry!;
        var added = Date(entry.AddedAt);
        var text = (allowlist, language) switch
        {
            (true, DisplayLanguage.ZhHant) => $"您的白名單條目 {entry.Pattern}（{added} 新增）",
            (true, DisplayLanguage.En) => $"your allowlist entry {entry.Pattern} added {added}",
            (true, _) => $"您的白名单条目 {entry.Pattern}（{added} 添加）",
            (false, DisplayLanguage.ZhHant) => $"您的黑名單條目 {entry.Pattern}（{added} 新增）",
            (false, DisplayLanguage.En) => $"your blocklist entry {entry.Pattern} added {added}",
            (false, _) => $"您的黑名单条目 {entry.Pattern}（{added} 添加）",
        };
        if (!string.IsNullOrWhiteSpace(entry.Note))
        {
            text += language == DisplayLanguage.En ? $" ({entry.Note})" : $"「{entry.Note}」";
        }

        if (data.Overridden is { } other)
        {
            text += (allowlist, language) switch
            {
                (true, DisplayLanguage.ZhHant) => $"，優先於範圍更大的黑名單條目 {other.Pattern}",
                (true, DisplayLanguage.En) => $", overriding your broader blocklist entry {other.Pattern}",
                (true, _) => $"，优先于范围更大的黑名单条目 {other.Pattern}",
                (false, DisplayLanguage.ZhHant) => $"，比白名單條目 {other.Pattern} 更具體",
                (false, DisplayLanguage.En) => $", more specific than your allowlist entry {other.Pattern}",
                (false, _) => $"，比白名单条目 {other.Pattern} 更具体",
            };
        }

        if (entry.ExpiresAt is { } expires)
        {
            text += Pick(language, $"，有效至 {Minute(expires)}", $"，有效至 {Minute(expires)}", $", until {Minute(expires)}");
        }

        return text;
    }

    private static string Enforcement(CommunityFacts facts, DisplayLanguage language)
    {
        var text = facts.Has(CommunityFlags.Suspended)
            ? Pick(language, "运营商已暂停该号码呼出", "運營商已暫停該號碼撥出", "the carrier suspended this number's outbound calls")
            : Pick(language, "运营商已限制该号码呼出", "運營商已限制該號碼撥出", "the carrier restricted this number's outbound calls");
        return facts.EnforcedUntil is { } until
            ? text + Pick(language, $"，至 {Minute(until)}", $"，至 {Minute(until)}", $" until {Minute(until)}")
            : text;
    }

    private static string Reputation(ReasonData data, DisplayLanguage language)
    {
        var facts = data.Community;
        var category = facts.TopCategory?.DisplayName(language);
        var reporters = facts.DistinctReporters.ToString("N0", Invariant);
        string text;
        if (facts.DistinctReporters > 0)
        {
            var people = facts.DistinctReporters == 1 ? "person" : "people";
            text = category is null
                ? Pick(language, $"已被 {reporters} 人标记", $"已被 {reporters} 人標記", $"reported by {reporters} {people}")
                : Pick(language, $"已被 {reporters} 人标记为{category}", $"已被 {reporters} 人標記為{category}", $"reported by {reporters} {people} as {category.ToLowerInvariant()}");
        }
        else
        {
            text = category is null
                ? Pick(language, "被社区标记", "被社區標記", "labelled by the community")
                : Pick(language, $"被社区标记为{category}", $"被社區標記為{category}", $"labelled {category.ToLowerInvariant()} by the community");
        }

        var comparison = facts.Score >= data.Threshold ? "≥" : "<";
        text += Pick(
            language,
            $"，评分 {facts.Score} {comparison} 您的阈值 {data.Threshold}",
            $"，評分 {facts.Score} {comparison} 您的閾值 {data.Threshold}",
            $", score {facts.Score} {comparison} your threshold {data.Threshold}");

        if (facts.Has(CommunityFlags.Disputed))
        {
            text += Pick(language, "，号码持有人已申诉，裁决前只标记不拦截", "，號碼持有人已申訴，裁決前只標記不攔截", ", the holder appealed: labelled only until decided");
        }
        else if (facts.Has(CommunityFlags.UnderReview))
        {
            text += Pick(language, "，正在审核，审核期间不拦截", "，正在審核，審核期間不攔截", ", under review: not blocked meanwhile");
        }
        else if (facts.Has(CommunityFlags.VerifiedBusiness))
        {
            text += Pick(language, "，认证企业号码的举报转人工审核", "，認證企業號碼的舉報轉人工審核", ", a verified business line: reports go to review");
        }
        else if (data.LabelOnly)
        {
            text += Pick(language, "，您选择只标记不拦截", "，您選擇只標記不攔截", ", you chose label-only");
        }

        return text;
    }

    private static string QuietHours(ReasonData data, DisplayLanguage language)
    {
        if (data.PreviousCall is { } previous)
        {
            var time = previous.ToOffset(ChinaTime.Offset).ToString("HH:mm:ss", Invariant);
            return Pick(language, $"重复来电（上次 {time}），免打扰时段放行", $"重複來電（上次 {time}），免打擾時段放行", $"repeat call (previous at {time}): quiet hours let it through");
        }

        var window = data.QuietHours is { } quiet
            ? $"{quiet.Start.ToString("HH:mm", Invariant)}–{quiet.End.ToString("HH:mm", Invariant)}"
            : string.Empty;
        return Pick(language, $"免打扰时段 {window}", $"免打擾時段 {window}", $"quiet hours {window}");
    }

    /// <summary>The place a region rule names, in the callee's language where the name is known.</summary>
    public static string PlaceName(RegionRule? rule, DisplayLanguage language) => rule switch
    {
        null => string.Empty,
        { Scope: RegionScope.Province } => Provinces.FromCode(rule.Code)?.Name(language) ?? rule.Code,
        _ => rule.Code,
    };

    private static string Date(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd", Invariant);

    private static string Minute(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", Invariant);

    public static string Pick(DisplayLanguage language, string simplified, string traditional, string english) => language switch
    {
        DisplayLanguage.ZhHant => traditional,
        DisplayLanguage.En => english,
        _ => simplified,
    };
}
