using System.Collections.Frozen;
using System.Text.RegularExpressions;

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

    // "cx" must stand alone or be followed by the reference, so an English word such as "cxxx" is no query.
    [GeneratedRegex(@"^(?:cx|查询)(?=$|\s|:|r[0-9])[\s:]*(?<ref>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex StatusQuery();

    [GeneratedRegex(@"^r(?<date>[0-9]{8})[-_]?(?<seq>[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceShape();
}
