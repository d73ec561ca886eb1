using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Report;

/// <summary>Section 2's phone proof: the code goes by SMS, comes back in the form, and every way it can fail says what to do.</summary>
public sealed class ReportCodeTests(ReportSite site) : IClassFixture<ReportSite>
{
    [Fact]
    public async Task Send_code_brings_the_form_back_with_every_answer_the_code_field_and_in_the_demo_the_code()
    {
        using var page = site.Browser();
        await page.GetAsync("/report");

        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138201", ("Input.Medium", "sms")));

        Assert.Empty(page.Summary());
        Assert.Contains("id=\"Input_Code\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("验证码已发送到 138****8201，10 分钟内有效。", page.Html, StringComparison.Ordinal);
        var code = ReportSite.DemoCode(page);
        Assert.Contains("演示环境：没有配置短信网关", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"sms\" checked=\"checked\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("推销贷款，每天打三次</textarea>", page.Html, StringComparison.Ordinal);
        Assert.Contains(">重新获取验证码</button>", page.Html, StringComparison.Ordinal);
        await using var db = site.Api.Open();
        var sms = await db.Outbox.SingleAsync(m => m.Recipient == "+8613800138201", TestContext.Current.CancellationToken);
        Assert.Equal(OutboxChannel.Sms, sms.Channel);
        Assert.Contains(code, sms.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continue_without_asking_for_a_code_says_to_ask_for_one()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138202"));

        Assert.Equal("First select ‘Send code’, then enter the 6 digits from the SMS", page.ErrorOf("Input_Code"));
        Assert.Equal([("Input_Code", "First select ‘Send code’, then enter the 6 digits from the SMS")], page.Summary());
    }

    [Theory]
    [InlineData("zh-CN", "13800138211", "验证码不正确。请核对短信后重新输入，还可以再试 4 次")]
    [InlineData("zh-TW", "13800138212", "驗證碼不正確。請核對短信後重新輸入，還可以再試 4 次")]
    [InlineData("en-GB", "13800138213", "The code is not right. Check the SMS and enter it again; you can try 4 more times")]
    public async Task A_wrong_code_says_how_many_tries_are_left(string acceptLanguage, string phone, string message)
    {
        using var page = site.Browser(acceptLanguage);
        await page.GetAsync("/report");
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, phone));
        var code = ReportSite.DemoCode(page);

        await page.PostAsync("/report", ReportSite.Answers(page, phone, ("Input.Code", code == "000000" ? "111111" : "000000")));

        Assert.Equal(message, page.ErrorOf("Input_Code"));
        Assert.DoesNotContain("demo-code", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_typed_in_full_width_digits_is_read()
    {
        using var page = site.Browser();
        await page.GetAsync("/report");
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138203"));
        var code = ReportSite.DemoCode(page);

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138203", ("Input.Code", " " + string.Concat(code.Select(c => (char)('０' + (c - '0')))))));

        Assert.Equal("/report/check", page.Path);
    }

    [Fact]
    public async Task A_code_that_is_not_six_digits_costs_no_try()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138204"));
        var code = ReportSite.DemoCode(page);

        for (var i = 0; i < 6; i++)
        {
            await page.PostAsync("/report", ReportSite.Answers(page, "13800138204", ("Input.Code", "12ab")));
            Assert.Equal("The code is 6 digits, for example 123456", page.ErrorOf("Input_Code"));
        }

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138204", ("Input.Code", code)));
        Assert.Equal("/report/check", page.Path);
    }

    [Fact]
    public async Task An_expired_code_asks_for_a_new_one()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138205"));
        var code = ReportSite.DemoCode(page);

        site.Api.Time.Advance(TimeSpan.FromMinutes(11));
        await page.PostAsync("/report", ReportSite.Answers(page, "13800138205", ("Input.Code", code)));

        Assert.Equal("The code has expired. Ask for a new code", page.ErrorOf("Input_Code"));
    }

    [Fact]
    public async Task Too_many_wrong_codes_stop_the_code_and_a_new_one_works()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138206"));
        var wrong = ReportSite.DemoCode(page) == "000000" ? "111111" : "000000";
        for (var i = 0; i < 4; i++)
        {
            await page.PostAsync("/report", ReportSite.Answers(page, "13800138206", ("Input.Code", wrong)));
        }

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138206", ("Input.Code", wrong)));
        Assert.Equal("The code is not right and cannot be tried again. Ask for a new code", page.ErrorOf("Input_Code"));
        await page.PostAsync("/report", ReportSite.Answers(page, "13800138206", ("Input.Code", wrong)));
        Assert.Equal("Too many wrong tries: this code no longer works. Ask for a new code", page.ErrorOf("Input_Code"));

        site.Api.Time.Advance(TimeSpan.FromSeconds(61));
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138206"));
        await page.PostAsync("/report", ReportSite.Answers(page, "13800138206", ("Input.Code", ReportSite.DemoCode(page))));
        Assert.Equal("/report/check", page.Path);
    }

    [Fact]
    public async Task Asking_again_at_once_says_how_long_to_wait()
    {
        using var page = site.Browser("zh-TW");
        await page.GetAsync("/report");
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138207"));

        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138207"));

        Assert.Equal("我們剛剛發送過驗證碼。請等 60 秒後再獲取新的驗證碼", page.ErrorOf("Input_Code"));
    }

    [Fact]
    public async Task A_phone_proved_once_needs_no_second_code_for_corrections()
    {
        using var page = site.Browser("en-GB");
        await page.GetAsync("/report");
        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138208"));
        var code = ReportSite.DemoCode(page);

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138208", ("Input.Code", code), ("Input.Category", null)));
        Assert.Equal([("Input_Category", "Select what kind of call or text it was")], page.Summary());
        Assert.Contains("This mobile number is confirmed; no code is needed.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Input_Code\"", page.Html, StringComparison.Ordinal);

        await page.PostAsync("/report", ReportSite.Answers(page, "13800138208"));
        Assert.Equal("/report/check", page.Path);
    }

    [Fact]
    public async Task Without_shown_codes_there_is_no_demo_banner()
    {
        var evidence = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", "evidence-" + Guid.NewGuid().ToString("N"));
        await using var api = await TestApi.StartAsync(ReportSite.Settings(evidence, showCodes: false));
        using var page = PageSession.Open(api);
        await page.GetAsync("/report");

        await page.PostAsync("/report?handler=SendCode", ReportSite.Answers(page, "13800138209"));

        Assert.Contains("id=\"Input_Code\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-banner", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-code", page.Html, StringComparison.Ordinal);
    }
}
