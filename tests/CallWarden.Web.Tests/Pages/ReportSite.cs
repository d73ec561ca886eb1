using System.Text.RegularExpressions;

namespace CallWarden.Web.Tests.Pages;

/// <summary>
/// The site for the report and My report page tests: codes shown (as in <c>serve --demo</c>), evidence in
/// a temporary folder, no per-address code limit (the test server has no client address, so every test
/// would share one). Each test uses its own reporter phone, so the per-phone limits stay the real ones.
/// </summary>
public sealed partial class ReportSite : IAsyncLifetime
{
    private readonly string _evidence = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", "evidence-" + Guid.NewGuid().ToString("N"));

    internal TestApi Api { get; private set; } = null!;

    public static Dictionary<string, string?> Settings(string evidenceFolder, bool showCodes = true) => new()
    {
        ["Web:Verification:ShowCodes"] = showCodes ? "true" : "false",
        ["Web:Verification:CodesPerAddressPerHour"] = "100000",
        ["Evidence:Folder"] = evidenceFolder,
    };

    public async ValueTask InitializeAsync() => Api = await TestApi.StartAsync(Settings(_evidence));

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        if (Directory.Exists(_evidence))
        {
            Directory.Delete(_evidence, recursive: true);
        }
    }

    internal PageSession Browser(string acceptLanguage = "zh-CN") => PageSession.Open(Api, acceptLanguage);

    /// <summary>The answers of a report that passes every check, on top of the hidden fields of the form on <paramref name="page"/>.</summary>
    internal static Dictionary<string, string?> Answers(PageSession page, string reporter, params (string Field, string? Value)[] changes)
    {
        var fields = page.HiddenFields();
        fields["Input.Target"] = "13912345678";
        fields["Input.Medium"] = "call";
        fields["Input.OccurredAt"] = "2026-11-29T14:30";
        fields["Input.Duration"] = "3";
        fields["Input.Category"] = "harassment";
        fields["Input.Content"] = "推销贷款，每天打三次";
        fields["Input.ReporterPhone"] = reporter;
        fields["Input.Name"] = "王小明";
        fields["Input.Email"] = "wang@example.cn";
        fields["Input.Consent"] = "true";
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return fields;
    }

    /// <summary>The code the demo banner shows; the test fails when there is none.</summary>
    internal static string DemoCode(PageSession page)
    {
        var match = DemoCodeElement().Match(page.Html);
        Assert.True(match.Success, "no code in a demo banner on " + page.Path);
        return match.Groups[1].Value;
    }

    /// <summary>Fills the form (sending and typing the code), continues to the check page; fails unless it gets there.</summary>
    internal static async Task ContinueToCheckAsync(PageSession page, string reporter, params (string Field, string? Value)[] changes)
    {
        if (!page.Path.StartsWith("/report", StringComparison.Ordinal) || page.Path.StartsWith("/report/", StringComparison.Ordinal))
        {
            await page.GetAsync("/report");
        }

        await page.PostAsync("/report?handler=SendCode", Answers(page, reporter, changes));
        var answers = Answers(page, reporter, changes);
        answers["Input.Code"] = DemoCode(page);
        await page.PostAsync("/report", answers);
        Assert.True(page.Path == "/report/check", $"ended on {page.Path}: {string.Join(" | ", page.Summary().Select(s => $"{s.FieldId}: {s.Text}"))}");
    }

    /// <summary>Files a report all the way and returns its reference.</summary>
    internal static async Task<string> FileAsync(PageSession page, string reporter, params (string Field, string? Value)[] changes)
    {
        await ContinueToCheckAsync(page, reporter, changes);
        await page.PostAsync("/report/check", []);
        Assert.StartsWith("/report/done/", page.Path, StringComparison.Ordinal);
        return page.TextOf("reference")!;
    }

    [GeneratedRegex("<strong id=\"demo-code\">([0-9]{6})</strong>")]
    private static partial Regex DemoCodeElement();
}
