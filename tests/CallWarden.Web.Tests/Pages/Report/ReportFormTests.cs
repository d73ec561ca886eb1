using System.Net;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Report;

/// <summary>The form of <c>/report</c>: each answer's check, worded beside its field in the reader's language.</summary>
public sealed class ReportFormTests(ReportSite site) : IClassFixture<ReportSite>
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0];

    private static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0];

    [Theory]
    [InlineData("zh-CN", "错误：", new[]
    {
        "Input_Target", "输入给您打电话或发短信的号码，例如 13912345678",
        "Input_Medium", "选择是电话还是短信",
        "Input_OccurredAt", "输入电话或短信的日期和时间，例如 2026-11-29 14:30",
        "Input_Category", "选择这个电话或短信属于哪一类",
        "Input_ReporterPhone", "输入您的手机号码，例如 13812345678",
        "Input_Consent", "勾选同意隐私声明后才能提交举报",
    })]
    [InlineData("zh-TW", "錯誤：", new[]
    {
        "Input_Target", "輸入給您打電話或發短信的號碼，例如 13912345678",
        "Input_Medium", "選擇是電話還是短信",
        "Input_OccurredAt", "輸入電話或短信的日期和時間，例如 2026-11-29 14:30",
        "Input_Category", "選擇這個電話或短信屬於哪一類",
        "Input_ReporterPhone", "輸入您的手機號碼，例如 13812345678",
        "Input_Consent", "勾選同意隱私聲明後才能提交舉報",
    })]
    [InlineData("en-GB", "Error: ", new[]
    {
        "Input_Target", "Enter the number that called or texted you, for example 13912345678",
        "Input_Medium", "Select whether it was a call or a text message",
        "Input_OccurredAt", "Enter the date and time of the call or text, for example 2026-11-29 14:30",
        "Input_Category", "Select what kind of call or text it was",
        "Input_ReporterPhone", "Enter your mobile number, for example 13812345678",
        "Input_Consent", "Select that you agree to the privacy notice to send the report",
    })]
    public async Task Each_required_field_left_empty_is_named_beside_it_and_in_the_summary_in_the_readers_language(string acceptLanguage, string titlePrefix, string[] expected)
    {
        using var page = site.Browser(acceptLanguage);
        await page.GetAsync("/report");

        await page.PostAsync("/report", page.HiddenFields());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<title>{titlePrefix}", page.Html, StringComparison.Ordinal);
        var pairs = expected.Chunk(2).Select(p => (p[0], p[1])).ToList();
        foreach (var (field, message) in pairs)
        {
            Assert.Equal(message, page.ErrorOf(field));
        }

        Assert.Equal(pairs, page.Summary());
        Assert.Contains("aria-describedby=\"Input_Target-hint Input_Target-error\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"field field-error\">\n        <label for=\"Input_Target\">", page.Html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12", "输入一个电话号码，例如 13912345678、010-12345678 或 95588")]
    [InlineData("+999 123", "输入一个电话号码，例如 13912345678、010-12345678 或 95588")]
    [InlineData("110", "110 是紧急号码，不能举报。请输入给您打电话或发短信的号码")]
    public async Task A_number_that_cannot_be_reported_says_what_to_enter(string number, string message)
    {
        using var page = site.Browser();
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138101", ("Input.Target", number)));

        Assert.Equal(message, page.ErrorOf("Input_Target"));
        Assert.Equal(number, System.Text.RegularExpressions.Regex.Match(page.Html, "id=\"Input_Target\"[^>]*value=\"([^\"]*)\"").Groups[1].Value is var kept ? WebUtility.HtmlDecode(kept) : null);
    }

    [Theory]
    [InlineData("zh-CN", "未显示号码", "call", "", "Input_CalledNumber", "来电没有显示号码时，请输入接到电话的号码，例如 010-62345678")]
    [InlineData("zh-TW", "匿名", "call", "<b>010</b>", "Input_CalledNumber", "按正確的格式輸入接到電話的號碼，例如 13912345678 或 010-62345678")]
    [InlineData("en-GB", "withheld", "call", "110", "Input_CalledNumber", "Enter the number that was called in a format we accept, for example 13912345678 or 010-62345678")]
    [InlineData("zh-CN", "Unknown", "sms", "010-62345678", "Input_Target", "短信总会显示发送号码。请输入手机上显示的号码，例如 106912345678")]
    public async Task A_withheld_caller_needs_the_line_it_rang_and_a_text_never_has_one(string language, string target, string medium, string called, string field, string message)
    {
        using var page = site.Browser(language);
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138111", ("Input.Target", target), ("Input.Medium", medium), ("Input.CalledNumber", called)));

        Assert.Equal(message, page.ErrorOf(field));
    }

    [Theory]
    [InlineData("zh-CN", "2026-12-01T09:00", "时间不能在将来。输入 2025年11月30日 10:00 到现在之间的时间")]
    [InlineData("zh-TW", "2026-11-30T10:30", "時間不能在將來。輸入 2025年11月30日 10:00 到現在之間的時間")]
    [InlineData("en-GB", "2026-12-01T09:00", "The time cannot be in the future. Enter a time between 30 November 2025, 10:00 and now")]
    [InlineData("en-GB", "2025-11-01T09:00", "That is too long ago. Enter a time between 30 November 2025, 10:00 and now")]
    [InlineData("zh-CN", "下周", "按“年-月-日 时:分”输入日期和时间，例如 2026-11-29 14:30")]
    public async Task A_time_outside_the_intake_window_is_refused_with_the_allowed_range(string acceptLanguage, string typed, string message)
    {
        using var page = site.Browser(acceptLanguage);
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138102", ("Input.OccurredAt", typed)));

        Assert.Equal(message, page.ErrorOf("Input_OccurredAt"));
    }

    [Fact]
    public async Task The_time_field_offers_the_intake_window_up_to_now_China_time()
    {
        using var page = site.Browser();
        await page.GetAsync("/report");

        Assert.Contains("type=\"datetime-local\" min=\"2025-11-30T10:00\" max=\"2026-11-30T10:00\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_typed_as_people_say_it_is_read()
    {
        using var page = site.Browser();
        await ReportSite.ContinueToCheckAsync(page, "13800138103", ("Input.OccurredAt", "昨天下午3点"));

        Assert.Contains("2026年11月29日 15:00", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "内容最多 2000 个字，您输入了 2001 个字。请删减后再继续")]
    [InlineData("en-GB", "Use at most 2000 characters; you entered 2001. Shorten the text")]
    public async Task Too_long_a_text_is_refused_with_its_length_and_kept(string acceptLanguage, string message)
    {
        using var page = site.Browser(acceptLanguage);
        await page.GetAsync("/report");
        var text = new string('骚', SubmissionLimits.Content + 1);

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138104", ("Input.Content", text)));

        Assert.Equal(message, page.ErrorOf("Input_Content"));
        Assert.Contains(text + "</textarea>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invisible_control_characters_are_refused()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138105", ("Input.Content", "loan \u202Eevil\u202C offer")));

        Assert.Equal("This contains invisible control characters. Delete it, then type or paste it again", page.ErrorOf("Input_Content"));
    }

    [Theory]
    [InlineData("zh-CN", "“photo.jpg”不是录音、图片、PDF 或邮件。请选择通话录音、截图或 .eml 邮件")]
    [InlineData("zh-TW", "「photo.jpg」不是錄音、圖片、PDF 或郵件。請選擇通話錄音、截圖或 .eml 郵件")]
    [InlineData("en-GB", "‘photo.jpg’ is not a recording, a picture, a PDF or a mail. Choose a call recording, a screenshot or an .eml mail")]
    public async Task An_executable_disguised_as_a_picture_is_refused_as_evidence(string acceptLanguage, string message)
    {
        using var page = site.Browser(acceptLanguage);
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138106"), new PageFile("Input.Upload", "photo.jpg", "image/jpeg", Elf));

        Assert.Equal(message, page.ErrorOf("Input_Upload"));
        Assert.DoesNotContain("Input.EvidenceSha256", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_whose_name_says_otherwise_is_refused()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138107"), new PageFile("Input.Upload", "call.mp3", "application/octet-stream", Jpeg));

        Assert.Equal("The content of ‘call.mp3’ does not match its name or type (it is image/jpeg). Choose the original file", page.ErrorOf("Input_Upload"));
    }

    [Fact]
    public async Task A_picture_is_kept_across_corrections_and_filed_with_the_report()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");
        await page.PostAsync("/report", ReportSite.Answers(page, "13800138108", ("Input.Medium", null)), new PageFile("Input.Upload", "screen.jpg", "image/jpeg", Jpeg));
        Assert.Contains("Attached: screen.jpg", page.Html, StringComparison.Ordinal);

        var reference = await ReportSite.FileAsync(page, "13800138108");

        await using var db = site.Api.Open();
        var evidence = await db.Evidence.SingleAsync(e => e.ReportReference == reference, TestContext.Current.CancellationToken);
        Assert.Equal(("screen.jpg", "image/jpeg", 11L), (evidence.FileName, evidence.DetectedType, evidence.Size));
    }

    [Fact]
    public async Task A_file_name_sent_back_by_the_browser_cannot_point_outside_the_evidence_folder()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138109", ("Input.EvidenceSha256", "../../../../etc/passwd"), ("Input.EvidenceName", "x.jpg")));

        Assert.Equal("The file you chose earlier is no longer here. Choose it again", page.ErrorOf("Input_Upload"));
    }

    [Theory]
    [InlineData("abc", "Enter the length of the call in whole minutes from 0 to 1440, for example 3")]
    [InlineData("-3", "Enter the length of the call in whole minutes from 0 to 1440, for example 3")]
    [InlineData("99999", "Enter the length of the call in whole minutes from 0 to 1440, for example 3")]
    public async Task A_call_length_that_is_not_whole_minutes_is_refused(string typed, string message)
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138110", ("Input.Duration", typed)));

        Assert.Equal(message, page.ErrorOf("Input_Duration"));
    }

    [Fact]
    public async Task A_bad_email_and_a_landline_as_the_reporters_phone_are_refused()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "010-12345678", ("Input.Email", "wang at example")));

        Assert.Equal("Enter a mobile number, for example 13812345678", page.ErrorOf("Input_ReporterPhone"));
        Assert.Equal("Enter an email address in the correct format, like name@example.com", page.ErrorOf("Input_Email"));
    }

    [Fact]
    public async Task The_number_from_the_lookup_page_is_filled_in()
    {
        using var page = site.Browser();

        await page.GetAsync("/report?number=021-55556666");

        Assert.Contains("id=\"Input_Target\" name=\"Input.Target\" type=\"text\" inputmode=\"tel\" autocomplete=\"off\" maxlength=\"64\" value=\"021-55556666\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_threat_and_fraud_advice_stands_beside_the_categories()
    {
        using var page = site.Browser();

        await page.GetAsync("/report");

        var categories = page.Html.IndexOf("name=\"Input.Category\" value=\"threat\"", StringComparison.Ordinal);
        var advice = page.Html.IndexOf("<div class=\"notice\" id=\"emergency-advice\">", StringComparison.Ordinal);
        Assert.True(categories > 0 && advice > categories && advice < page.Html.IndexOf("Input_Content", StringComparison.Ordinal));
        Assert.Contains("110", page.TextOf("emergency-advice"), StringComparison.Ordinal);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Count(page.Html, "name=\"Input.Category\""));
        Assert.Contains(">恐吓威胁</label>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_notice_shows_its_version()
    {
        using var page = site.Browser("en-GB");

        await page.GetAsync("/report");

        Assert.Contains("Notice version: privacy-2026-12", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_takes_a_file_larger_than_the_site_wide_body_limit_and_refuses_one_over_its_own()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");
        byte[] picture = [.. Jpeg, .. new byte[200 * 1024]];

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138111", ("Input.Medium", null)), new PageFile("Input.Upload", "big.jpg", "image/jpeg", picture));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Attached: big.jpg", page.Html, StringComparison.Ordinal);

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138111"), new PageFile("Input.Upload", "huge.jpg", "image/jpeg", [.. Jpeg, .. new byte[9 * 1024 * 1024]]));
        Assert.Equal("The file must be smaller than 8 MB. Choose a smaller file", page.ErrorOf("Input_Upload"));

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138111"), new PageFile("Input.Upload", "huger.jpg", "image/jpeg", [.. Jpeg, .. new byte[11 * 1024 * 1024]]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = site.Api.Anonymous();
        using var form = new FormUrlEncodedContent([new("Input.Target", "13912345678")]);

        using var response = await client.PostAsync("/report", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
