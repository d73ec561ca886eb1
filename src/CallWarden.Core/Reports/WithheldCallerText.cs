namespace CallWarden.Core.Reports;

/// <summary>
/// Finds where a free text (a mail's subject or body) says the caller's number was not shown, so that
/// the one number it names is read as the line that was called, not as the caller (issue #14 item 8).
/// A whole field that is only such a word is <see cref="Numbers.ShortNumberRules.IsAnonymous"/>'s to read.
/// </summary>
public static class WithheldCallerText
{
    private static readonly string[] Phrases =
    [
        "未显示号码", "未顯示號碼", "号码未显示", "號碼未顯示", "不显示号码", "不顯示號碼", "无来电显示", "無來電顯示",
        "隐藏号码", "隱藏號碼", "匿名电话", "匿名電話", "匿名来电", "匿名來電", "无主叫号码", "無主叫號碼",
        "number withheld", "withheld number", "no caller id", "anonymous call", "private number",
    ];

    /// <summary>The phrase as written in <paramref name="text"/>, or null when the text says no such thing.</summary>
    public static string? Find(ReadOnlySpan<char> text)
    {
        foreach (var phrase in Phrases)
        {
            var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return text.Slice(at, phrase.Length).ToString();
            }
        }

        return null;
    }
}
