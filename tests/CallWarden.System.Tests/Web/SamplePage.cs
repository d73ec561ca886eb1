namespace CallWarden.System.Tests.Web;

/// <summary>A small accessible page in each language, taller than the window, to prove the harness without the site's pages.</summary>
internal static class SamplePage
{
    public static string Html(PageLanguage language)
    {
        var (lang, title, number, submit) = language switch
        {
            PageLanguage.ZhHans => ("zh-CN", "举报骚扰电话", "来电号码", "提交举报"),
            PageLanguage.ZhHant => ("zh-TW", "舉報騷擾電話", "來電號碼", "提交舉報"),
            _ => ("en", "Report a harassment call", "Calling number", "Send report"),
        };
        return $"""
            <!doctype html>
            <html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
            <body><main>
              <h1>{title}</h1>
              <form><label for="number">{number}</label> <input id="number" name="number"> <button type="submit">{submit}</button></form>
              <p style="min-height: 1600px">{title}</p>
            </main></body></html>
            """;
    }
}
