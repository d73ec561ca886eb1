using System.Net;
using CallWarden.Data.Outbox;
using CallWarden.Data.Privacy;
using CallWarden.Web.Tests.Privacy;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.MyData;

public sealed class MyDataPageTests : IAsyncLifetime
{
    private PrivacyWorld _world = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _world = await PrivacyWorld.StartAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData("zh-CN", "<h1>我的数据</h1>", "举报（2）", "仅标记可疑来电，不拦截：是", "为您保存了 1 条来电筛选记录。")]
    [InlineData("zh-TW", "<h1>我的資料</h1>", "舉報（2）", "僅標記可疑來電，不攔截：是", "為您保存了 1 筆來電篩選記錄。")]
    [InlineData("en-GB", "<h1>My data</h1>", "Reports (2)", "Only label suspect calls, never block them: yes", "1 screened calls are kept for you.")]
    public async Task The_page_lists_the_signed_in_phone_s_records_in_the_reader_s_language(string language, string heading, string reports, string labelOnly, string decisions)
    {
        using var ann = new PageVisitor(_world.Api, language);

        await ann.SignInAsync(PrivacyWorld.Ann, "/my-data");

        Assert.Contains(heading, ann.Html, StringComparison.Ordinal);
        Assert.Contains(reports, ann.Text, StringComparison.Ordinal);
        Assert.Contains(labelOnly, ann.Text, StringComparison.Ordinal);
        Assert.Contains(decisions, ann.Text, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(ann.Html, "<tr data-report>"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(ann.Html, "<tr data-consent>"));
    }

    [Fact]
    public async Task Each_phone_sees_and_downloads_only_its_own_data()
    {
        using var ann = new PageVisitor(_world.Api, "en-GB");
        using var bob = new PageVisitor(_world.Api, "en-GB");
        await ann.SignInAsync(PrivacyWorld.Ann, "/my-data");
        await bob.SignInAsync(PrivacyWorld.Bob, "/my-data");

        Assert.Contains("13912340102", ann.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("13912340102", bob.Text, StringComparison.Ordinal);
        Assert.Contains("Reports (1)", bob.Text, StringComparison.Ordinal);
        var download = await ann.GetAsync("/my-data?handler=Download");
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Contains("\"phone\": \"+8613700137201\"", download.Body, StringComparison.Ordinal);
        Assert.Contains("\"registered\": true", download.Body, StringComparison.Ordinal); // the refusal registry's section
        Assert.Contains("您已获得贷款额度", download.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("13700137202", download.Body, StringComparison.Ordinal);
        await using var db = _world.Api.Open();
        Assert.Equal(PrivacyAction.Exported, (await db.PrivacyAudit.SingleAsync(Ct)).Action);
    }

    [Fact]
    public async Task Withdrawing_on_the_page_removes_the_phone_from_its_reports_signs_it_out_and_leaves_statistics_and_reputation_as_they_were()
    {
        var before = await _world.CountsAsync();
        using var ann = new PageVisitor(_world.Api, "en-GB");
        await ann.SignInAsync(PrivacyWorld.Ann, "/my-data/withdraw");
        Assert.Contains("Your mobile number is removed from your 2 reports.", ann.Text, StringComparison.Ordinal);

        await ann.PostAsync("/my-data/withdraw", []);

        Assert.Contains("<h1>Your consent is withdrawn</h1>", ann.Html, StringComparison.Ordinal);
        Assert.Contains("Your identity is removed from 2 reports", ann.Text, StringComparison.Ordinal);
        Assert.Equal(before, await _world.CountsAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await ann.GetAsync("/my-data", follow: false)).Status);
        await using var db = _world.Api.Open();
        Assert.False(await db.Reporters.AnyAsync(r => r.Phone == PrivacyWorld.AnnE164, Ct));
        Assert.True(await db.Reporters.AnyAsync(r => r.Phone == PrivacyWorld.BobE164, Ct));
        Assert.Equal(3, await db.Reports.CountAsync(Ct));
        Assert.False(await db.SubscriberRules.AnyAsync(r => r.Subscriber == PrivacyWorld.AnnE164, Ct));
        Assert.False(await db.DecisionLog.AnyAsync(d => d.Subscriber == PrivacyWorld.AnnE164, Ct));
        Assert.True(await db.DecisionLog.AnyAsync(d => d.Subscriber == PrivacyWorld.BobE164, Ct));
        Assert.False(await db.Consents.AnyAsync(c => c.Phone == PrivacyWorld.AnnE164, Ct));
        Assert.Equal(OutboxTemplates.ConsentWithdrawn, (await db.Outbox.SingleAsync(m => m.Recipient == "+8613700137201", Ct)).TemplateKey);
        Assert.False(await db.Sessions.AnyAsync(s => s.Subject == "phone:+8613700137201", Ct));
    }

    [Theory]
    [InlineData("zh-CN", "输入正确的邮箱地址，例如 wang@example.cn", "<title>错误：")]
    [InlineData("zh-TW", "輸入正確的郵箱地址，例如 wang@example.cn", "<title>錯誤：")]
    [InlineData("en-GB", "Enter an email address like wang@example.cn", "<title>Error: ")]
    public async Task A_wrong_email_address_is_explained_beside_its_field_and_nothing_changes(string language, string message, string title)
    {
        using var ann = new PageVisitor(_world.Api, language);
        await ann.SignInAsync(PrivacyWorld.Ann, "/my-data/contact");

        await ann.PostAsync("/my-data/contact", ("Input.Name", "王小明"), ("Input.Email", "wang@"), ("Input.Language", "en"));

        Assert.Equal(message, ann.ErrorBeside("Input_Email"));
        Assert.Equal([message], ann.ErrorSummary());
        Assert.Contains(title, ann.Html, StringComparison.Ordinal);
        await using var db = _world.Api.Open();
        Assert.False(await db.PrivacyAudit.AnyAsync(Ct));
    }

    [Fact]
    public async Task Corrected_contact_details_are_shown_and_the_messages_to_the_phone_take_the_new_language()
    {
        using var ann = new PageVisitor(_world.Api, "en-GB");
        await ann.SignInAsync(PrivacyWorld.Ann, "/my-data/contact");

        await ann.PostAsync("/my-data/contact", ("Input.Name", " 王小明 "), ("Input.Email", "wang@example.cn"), ("Input.Language", "zh-Hant"));

        Assert.Contains("Your contact details are updated.", ann.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"contact-language\">Traditional Chinese (繁體中文)<", ann.Html, StringComparison.Ordinal);
        await using var db = _world.Api.Open();
        Assert.Equal(["zh-Hant"], await db.Outbox.Where(m => m.Recipient == "+8613700137201").Select(m => m.Language).Distinct().ToListAsync(Ct));
        Assert.Equal(["zh-Hans"], await db.Outbox.Where(m => m.Recipient == "+8613700137202").Select(m => m.Language).Distinct().ToListAsync(Ct));
    }
}
