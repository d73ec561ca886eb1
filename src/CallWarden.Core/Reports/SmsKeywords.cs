using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CallWarden.Core.Registry;

namespace CallWarden.Core.Reports;

/// <summary>
/// The keyword commands, matched on the folded message (full-width, traditional and case folded)
/// so that <c>ｔｄ</c>, <c>退訂</c> and <c>退订</c> are one keyword. Whole-message keywords tolerate a
/// trailing full stop or exclamation mark; the status query takes a report reference after it.
/// </summary>
internal static partial class SmsKeywords
{
    private static readonly FrozenDictionary<string, SmsCommandKind> WholeMessage = new Dictionary<string, SmsCommandKind>
    {
        ["ktlj"] = SmsCommandKind.InterceptionOn,
        ["开通拦截"] = SmsCommandKind.InterceptionOn,
        ["开启拦截"] = SmsCommandKind.InterceptionOn,
        ["打开拦截"] = SmsCommandKind.InterceptionOn,
        ["qxlj"] = SmsCommandKind.InterceptionOff,
        ["取消拦截"] = SmsCommandKind.InterceptionOff,
        ["关闭拦截"] = SmsCommandKind.InterceptionOff,
        ["td"] = SmsCommandKind.RefuseMarketing,
        ["退订"] = SmsCommandKind.RefuseMarketing,
        ["stop"] = SmsCommandKind.RefuseMarketing,
        ["unsubscribe"] = SmsCommandKind.RefuseMarketing,
        ["取消退订"] = SmsCommandKind.WithdrawMarketingRefusal,
        ["取消td"] = SmsCommandKind.WithdrawMarketingRefusal,
        ["qxtd"] = SmsCommandKind.WithdrawMarketingRefusal,
        ["start"] = SmsCommandKind.WithdrawMarketingRefusal,
        ["删除"] = SmsCommandKind.DeleteRequest,
        ["delete"] = SmsCommandKind.DeleteRequest,
        ["确认删除"] = SmsCommandKind.DeleteConfirm,
        ["confirm delete"] = SmsCommandKind.DeleteConfirm,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The command <paramref name="message"/> asks for, or null when it is no keyword command.</summary>
    public static KeywordMatch? Match(ReadOnlySpan<char> message)
    {
        var folded = SmsText.Fold(message).TrimEnd('。', '.', '!', '！', ' ');
        if (WholeMessage.TryGetValue(folded, out var kind))
        {
            return new KeywordMatch(kind, null, null);
        }

        if (RefusalOfSome().Match(folded) is { Success: true } some)
        {
            return RefusedCategories(some.Groups["what"].Value) is { } categories ? new KeywordMatch(SmsCommandKind.RefuseMarketing, null, null, categories) : null;
        }

        if (WithdrawalOfSome().Match(folded) is { Success: true } withdrawn)
        {
            return RefusedCategories(withdrawn.Groups["what"].Value) is { } categories ? new KeywordMatch(SmsCommandKind.WithdrawMarketingRefusal, null, null, categories) : null;
        }

        var query = StatusQuery().Match(folded);
        if (!query.Success)
        {
            return null;
        }

        var reference = query.Groups["ref"].Value.Trim();
        if (reference.Length == 0)
        {
            return new KeywordMatch(SmsCommandKind.StatusQuery, null, SmsRefusalReason.MissingReference);
        }

        var shape = ReferenceShape().Match(reference);
        return shape.Success
            ? new KeywordMatch(SmsCommandKind.StatusQuery, $"R{shape.Groups["date"].Value}-{shape.Groups["seq"].Value}", null)
            : new KeywordMatch(SmsCommandKind.StatusQuery, null, SmsRefusalReason.InvalidReference);
    }

    /// <summary>
    /// The categories of <c>TD 贷款 保险</c> / <c>退订房产、教育</c> / <c>取消退订 贷款</c> (the carriers' 拒接 words, as folded), or null when a
    /// word is none of them: then the message is no refusal and gets the format help like any unreadable text.
    /// </summary>
    private static MarketingCategories? RefusedCategories(string words)
    {
        var categories = MarketingCategories.None;
        foreach (var word in words.Split([' ', ',', '，', '、', '和', '及', '/', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!CategoryWords.TryGetValue(word, out var one))
            {
                return null;
            }

            categories |= one;
        }

        return categories == MarketingCategories.None ? null : categories;
    }

    private static readonly FrozenDictionary<string, MarketingCategories> CategoryWords = new Dictionary<string, MarketingCategories>
    {
        ["贷款"] = MarketingCategories.Loans, ["贷"] = MarketingCategories.Loans, ["借贷"] = MarketingCategories.Loans, ["loans"] = MarketingCategories.Loans, ["loan"] = MarketingCategories.Loans,
        ["保险"] = MarketingCategories.Insurance, ["insurance"] = MarketingCategories.Insurance,
        ["房产"] = MarketingCategories.RealEstate, ["房地产"] = MarketingCategories.RealEstate, ["楼盘"] = MarketingCategories.RealEstate, ["estate"] = MarketingCategories.RealEstate, ["real_estate"] = MarketingCategories.RealEstate,
        ["教育"] = MarketingCategories.Education, ["培训"] = MarketingCategories.Education, ["教育培训"] = MarketingCategories.Education, ["education"] = MarketingCategories.Education,
        ["理财"] = MarketingCategories.Finance, ["金融"] = MarketingCategories.Finance, ["金融理财"] = MarketingCategories.Finance, ["finance"] = MarketingCategories.Finance,
        ["其他"] = MarketingCategories.Other, ["other"] = MarketingCategories.Other,
        ["全部"] = MarketingCategories.All, ["所有"] = MarketingCategories.All, ["all"] = MarketingCategories.All,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:td|退订|stop)[\s:：]*(?<what>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RefusalOfSome();

    [GeneratedRegex(@"^(?:取消退订|取消td|qxtd|start)[\s:：]*(?<what>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex WithdrawalOfSome();

    // "cx" must stand alone or be followed by the reference, so an English word such as "cxxx" is no query.
    [GeneratedRegex(@"^(?:cx|查询)(?=$|\s|:|r[0-9])[\s:]*(?<ref>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex StatusQuery();

    [GeneratedRegex(@"^r(?<date>[0-9]{8})[-_]?(?<seq>[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceShape();
}
