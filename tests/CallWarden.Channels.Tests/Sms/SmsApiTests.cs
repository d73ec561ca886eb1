using CallWarden.Core.Registry;
using CallWarden.Data.Feed;
using System.Net;
using System.Text;
using CallWarden.Data.Rules;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Channels.Tests.Sms;

public sealed class SmsApiTests
{
    private const string Reporter = "13800138000";

    [Fact]
    public async Task A_digit_only_report_is_stored_and_acknowledged_in_simplified_Chinese_with_its_reference_through_kannel()
    {
        await using var app = await SmsTestApp.StartAsync();

        using var response = await app.MoAsync(Reporter, "12321", "13912345678*2026-11-29 14:30", "a1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = Assert.Single(await app.DbAsync(db => db.Reports.Select(r => r.Reference).ToListAsync()));
        var mt = Assert.Single(app.Kannel.Requests);
        Assert.Equal("+8613800138000", FakeKannel.Field(mt, "to"));
        Assert.Contains("CX " + reference, FakeKannel.Field(mt, "text"), StringComparison.Ordinal);
        Assert.StartsWith("已受理您对 13912345678 的举报", FakeKannel.Field(mt, "text"), StringComparison.Ordinal);
        Assert.Contains("id=", FakeKannel.Field(mt, "dlr-url"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_over_the_limit_is_told_once_in_their_language_and_then_not_answered_until_the_hour_is_over()
    {
        await using var app = await SmsTestApp.StartAsync(new() { ["ReporterLimits:ReportsPerHour"] = "2" });

        for (var i = 1; i <= 5; i++)
        {
            using var response = await app.MoAsync(Reporter, "12321", $"1391234567{i}*11月29日14:30", "l" + i);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        app.Time.Advance(TimeSpan.FromHours(1));
        using (await app.MoAsync(Reporter, "12321", "13912345676*11月29日14:30", "l6"))
        {
        }

        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, await app.DbAsync(db => db.Reports.CountAsync()));
        var texts = app.Kannel.Texts.ToList();
        Assert.Equal(4, texts.Count);
        var notice = Assert.Single(texts, t => t.Contains("每小时最多可举报2条", StringComparison.Ordinal));
        Assert.Contains("60分钟后再发", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_are_not_counted_against_the_report_limit()
    {
        await using var app = await SmsTestApp.StartAsync(new() { ["ReporterLimits:ReportsPerHour"] = "1" });

        await app.MoAsync(Reporter, "12321", "KTLJ", "c1");
        await app.MoAsync(Reporter, "12321", "KTLJ", "c2");
        await app.MoAsync(Reporter, "12321", "13912345678*11月29日14:30", "c3");

        Assert.Equal(1, await app.DbAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task A_replayed_kannel_message_creates_nothing_new()
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(Reporter, "12321", "13912345678*2026-11-29 14:30", "same-id");
        await app.MoAsync(Reporter, "12321", "13912345678*2026-11-29 14:30", "same-id");
        await app.MoAsync(Reporter, "12321", "hello", "help-id");
        await app.MoAsync(Reporter, "12321", "hello", "help-id");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, await app.DbAsync(db => db.Reports.CountAsync()));
        Assert.Equal(2, (await app.OutboxRowsAsync()).Count);
        Assert.Equal(2, app.Kannel.Requests.Count);
    }

    [Fact]
    public async Task A_chinese_report_to_a_carrier_number_is_acknowledged_in_chinese_as_ucs2()
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(Reporter, "10086999", "13612345678*推销保险", "c1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        var mt = Assert.Single(app.Kannel.Requests);
        Assert.Equal("2", FakeKannel.Field(mt, "coding"));
        Assert.Equal("UTF-8", FakeKannel.Field(mt, "charset"));
        Assert.StartsWith("已受理您对 13612345678 的举报", FakeKannel.Field(mt, "text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_to_a_carriers_number_is_on_its_desk_before_any_routing_and_answered_from_that_number()
    {
        await using var app = await SmsTestApp.StartAsync();
        var accounts = app.App.Services.GetRequiredService<CallWarden.Web.Access.AccessAccounts>();
        var (_, mobile) = await accounts.CreateKeyAsync("cmcc", AccessRole.CarrierOperator, [CallWarden.Web.Access.Scopes.CasesRead], Carrier.ChinaMobile, cancellationToken: TestContext.Current.CancellationToken);
        var (_, unicom) = await accounts.CreateKeyAsync("cucc", AccessRole.CarrierOperator, [CallWarden.Web.Access.Scopes.CasesRead], Carrier.ChinaUnicom, cancellationToken: TestContext.Current.CancellationToken);

        await app.MoAsync(Reporter, "10086999", "13612345678*推销保险", "d1");
        await app.MoAsync(Reporter, "10086999", "hello", "d2");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["10086999", "10086999"], app.Kannel.Requests.Select(r => FakeKannel.Field(r, "from")));
        var desk = await CasesAsync(app, mobile);
        var other = await CasesAsync(app, unicom);
        var routed = Assert.Single(desk.EnumerateArray());
        Assert.Equal(("+8613612345678", "forwarded"), (routed.GetProperty("number").GetString(), routed.GetProperty("state").GetString()));
        Assert.Empty(other.EnumerateArray());
    }

    private static async Task<System.Text.Json.JsonElement> CasesAsync(SmsTestApp app, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", key);
        using var response = await app.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        var root = System.Text.Json.JsonDocument.Parse(body).RootElement.Clone();
        return root.ValueKind == System.Text.Json.JsonValueKind.Array ? root : root.GetProperty("items");
    }

    [Fact]
    public async Task A_status_query_is_answered_only_to_the_phone_that_filed_the_report()
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.MoAsync(Reporter, "12321", "13912345678*2026-11-29 14:30", "r1");
        var reference = await app.DbAsync(db => db.Reports.Select(r => r.Reference).SingleAsync());

        await app.MoAsync(Reporter, "12321", "查询 " + reference, "q1");
        await app.MoAsync("13700137000", "12321", "CX " + reference, "q2");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        var texts = app.Kannel.Requests.ToDictionary(r => FakeKannel.Field(r, "to") + FakeKannel.Field(r, "text")[..4], r => FakeKannel.Field(r, "text"));
        Assert.Contains(app.Kannel.Requests, r => FakeKannel.Field(r, "to") == "+8613800138000" && FakeKannel.Field(r, "text") == $"举报 {reference} 的进度：已受理，待核实。");
        Assert.Contains(app.Kannel.Requests, r => FakeKannel.Field(r, "to") == "+8613700137000" && FakeKannel.Field(r, "text").StartsWith($"未找到您的举报 {reference}", StringComparison.Ordinal));
        Assert.Equal(3, texts.Count);
    }

    [Fact]
    public async Task The_number_time_reason_and_category_the_parser_read_are_stored_as_read()
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(Reporter, "12321", "举报一三九一二三四五六七八*2026-11-29 14:30 推销贷款", "t1");

        var report = Assert.Single(await app.DbAsync(db => db.Reports.ToListAsync()));
        Assert.Equal(8613912345678, report.Target);
        Assert.Equal("一三九一二三四五六七八", report.TargetText);
        Assert.Equal("推销贷款", report.Reason);
        Assert.Equal("finance", report.CategoryCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 14, 30, 0, TimeSpan.FromHours(8)), report.OccurredAt);
    }

    [Theory]
    [InlineData("KTLJ", false, "已为您开通骚扰电话拦截")]
    [InlineData("取消攔截", true, "已取消攔截")]
    public async Task Keyword_commands_change_the_senders_rules_and_confirm(string text, bool labelOnly, string confirmation)
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(Reporter, "12321", text, "k1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        var rules = await app.DbAsync(db => SubscriberRuleStore.LoadAsync(db, 8613800138000));
        Assert.Equal(labelOnly, rules.LabelOnly);
        Assert.Equal(1, rules.Version);
        Assert.StartsWith(confirmation, Assert.Single(app.Kannel.Texts), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STOP", "You are registered as refusing marketing calls")]
    [InlineData("退订", "已登记您拒收营销电话")]
    [InlineData("ＴＤ", "已登记您拒收营销电话")]
    public async Task Refusing_marketing_by_SMS_registers_all_marketing_in_the_refusal_registry_on_the_feed_and_confirms(string text, string confirmation)
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(Reporter, "12321", text, "k1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        var refusal = await app.DbAsync(db => db.Refusals.AsNoTracking().SingleAsync(r => r.Subscriber == 8613800138000));
        Assert.Equal(MarketingCategories.All, refusal.Categories);
        Assert.Equal("sms", refusal.Channel);
        var change = await app.DbAsync(db => db.Changes.AsNoTracking().SingleAsync(c => c.Kind == ChangeKind.Refusal));
        Assert.Equal(8613800138000, change.Number);
        var rules = await app.DbAsync(db => SubscriberRuleStore.LoadAsync(db, 8613800138000));
        Assert.Equal(0, rules.Version);
        Assert.StartsWith(confirmation, Assert.Single(app.Kannel.Texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TD_with_category_words_refuses_only_those_and_the_reply_names_them()
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(Reporter, "12321", "TD 贷款、保险", "k1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        var refusal = await app.DbAsync(db => db.Refusals.AsNoTracking().SingleAsync(r => r.Subscriber == 8613800138000));
        Assert.Equal(MarketingCategories.Loans | MarketingCategories.Insurance, refusal.Categories);
        Assert.StartsWith("已登记您拒接营销来电：贷款、保险。", Assert.Single(app.Kannel.Texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_withdrawn_by_SMS_in_part_then_in_whole_and_each_reply_says_what_is_left()
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.MoAsync(Reporter, "12321", "TD", "w1");

        await app.MoAsync(Reporter, "12321", "取消退訂 貸款", "w2");
        var partly = await app.DbAsync(db => db.Refusals.AsNoTracking().SingleAsync(r => r.Subscriber == 8613800138000));
        await app.MoAsync(Reporter, "12321", "QXTD", "w3");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(MarketingCategories.All & ~MarketingCategories.Loans, partly.Categories);
        Assert.False(await app.DbAsync(db => db.Refusals.AsNoTracking().AnyAsync(r => r.Subscriber == 8613800138000 && r.Categories != MarketingCategories.None)));
        Assert.Equal(3, await app.DbAsync(db => db.Changes.AsNoTracking().CountAsync(c => c.Kind == ChangeKind.Refusal)));
        var texts = app.Kannel.Texts.ToList();
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("已登記您拒接營銷來電：", texts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("貸款", texts[1], StringComparison.Ordinal);
        Assert.StartsWith("您已撤回拒接营销来电登记", texts[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "收到一条空短信。")]
    [InlineData("hello there", "Sorry, we could not read your message.")]
    [InlineData("你好", "抱歉，未能识别这条短信。")]
    [InlineData("13912345678*明天", "来电时间")]
    [InlineData("110*2026-11-29 14:30", "紧急号码")]
    [InlineData("13912345678\u0000*2026-11-29 14:30", "短信含有无法识别的字符")]
    [InlineData("13912345678 13812345678*2026-11-29 14:30", "一条短信只能举报一个号码")]
    [InlineData("<script>alert(1)</script>' OR 1=1 --", "Sorry, we could not read your message.")]
    public async Task Anything_else_gets_the_format_help_and_stores_no_report(string text, string expected)
    {
        await using var app = await SmsTestApp.StartAsync();

        using var response = await app.MoAsync(Reporter, "12321", text, "x1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Reports.CountAsync()));
        Assert.Contains(expected, Assert.Single(app.Kannel.Texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_message_is_refused_without_harm()
    {
        await using var app = await SmsTestApp.StartAsync();

        using var overLimit = await app.MoAsync(Reporter, "12321", new string('9', 20_000), "h1");
        using var long700 = await app.MoAsync(Reporter, "12321", "13912345678*" + new string('x', 900), "h2");

        Assert.Equal(HttpStatusCode.BadRequest, overLimit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, long700.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Reports.CountAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret-wrong-secret")]
    public async Task Without_the_shared_secret_the_gateway_is_turned_away(string? secret)
    {
        await using var app = await SmsTestApp.StartAsync();
        var query = secret is null ? string.Empty : $"secret={secret}&";

        using var mo = await app.Http.GetAsync($"/sms/mo?{query}from={Reporter}&to=12321&text=KTLJ&id=1", TestContext.Current.CancellationToken);
        using var dlr = await app.Http.GetAsync($"/sms/dlr?{query}id=1&status=1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, mo.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, dlr.StatusCode);
        Assert.Empty(await app.OutboxRowsAsync());
    }

    [Fact]
    public async Task An_address_outside_the_allowlist_is_forbidden_even_with_the_secret()
    {
        await using var app = await SmsTestApp.StartAsync(new() { ["Channels:Sms:AllowedAddresses:0"] = "192.0.2.1" });

        using var response = await app.MoAsync(Reporter, "12321", "KTLJ", "a1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.OutboxRowsAsync());
    }

    [Fact]
    public async Task A_post_url_message_with_kannel_headers_and_a_utf16_body_is_read()
    {
        await using var app = await SmsTestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/sms/mo?secret={SmsTestApp.Secret}&id=p1")
        {
            Content = new ByteArrayContent(Encoding.BigEndianUnicode.GetBytes("13612345678*「您已獲得貸款額度，點擊領取」")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain; charset=UTF-16BE");
        request.Headers.Add("X-Kannel-From", "+86" + Reporter);
        request.Headers.Add("X-Kannel-To", "10086999");

        using var response = await app.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await app.DbAsync(db => db.Reports.SingleAsync());
        Assert.Equal("您已獲得貸款額度，點擊領取", report.Content);
        Assert.Equal("finance", report.CategoryCode);
    }

    [Fact]
    public async Task A_ucs2_get_url_text_without_mo_recode_is_decoded_by_its_charset()
    {
        await using var app = await SmsTestApp.StartAsync();
        var text = string.Concat(Encoding.BigEndianUnicode.GetBytes("13612345678*推銷保險").Select(b => $"%{b:X2}"));

        using var response = await app.Http.GetAsync(
            $"/sms/mo?secret={SmsTestApp.Secret}&from={Reporter}&to=10086999&text={text}&id=u1&coding=2&charset=UTF-16BE", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("推銷保險", (await app.DbAsync(db => db.Reports.SingleAsync())).Reason);
    }

    [Theory]
    [InlineData("from=13800138000&to=12321")]
    [InlineData("to=12321&text=KTLJ")]
    [InlineData("from=13800138000&text=KTLJ")]
    [InlineData("from=not-a-phone&to=12321&text=KTLJ")]
    public async Task A_malformed_mo_is_a_bad_request(string fields)
    {
        await using var app = await SmsTestApp.StartAsync();

        using var response = await app.Http.GetAsync($"/sms/mo?secret={SmsTestApp.Secret}&{fields}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.OutboxRowsAsync());
    }

    [Fact]
    public async Task A_delivery_report_is_recorded_on_the_sent_message()
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.MoAsync(Reporter, "12321", "KTLJ", "d1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);
        var id = (await app.OutboxRowsAsync()).Single().Id;

        using var failed = await app.Http.GetAsync($"/sms/dlr?secret={SmsTestApp.Secret}&id={id}&status=16&answer=NACK%2F0x0b", TestContext.Current.CancellationToken);
        using var unknown = await app.Http.GetAsync($"/sms/dlr?secret={SmsTestApp.Secret}&id=999&status=1", TestContext.Current.CancellationToken);
        using var malformed = await app.Http.GetAsync($"/sms/dlr?secret={SmsTestApp.Secret}&id=x&status=1", TestContext.Current.CancellationToken);

        var row = (await app.OutboxRowsAsync()).Single();
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal("kannel:smsc-rejected", row.ExternalId);
        Assert.Equal("dlr 16 NACK/0x0b", row.LastError);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Theory]
    [InlineData("删除", "确认删除", "请在10分钟内回复“确认删除”", "已撤回您的同意")]
    [InlineData("刪除", "確認刪除", "請在10分鐘內回覆「確認刪除」", "已撤回您的同意：您的身分")]
    [InlineData("DELETE", "CONFIRM DELETE", "Reply CONFIRM DELETE within 10 minutes", "Your consent is withdrawn")]
    public async Task Delete_asks_for_a_confirmation_and_the_confirmation_in_time_withdraws_in_the_senders_language(string delete, string confirm, string asked, string done)
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.MoAsync(Reporter, "12321", "13912345678*2026-11-29 14:30", "r1");
        await app.MoAsync(Reporter, "12321", "KTLJ", "k1");
        await app.MoAsync(Reporter, "12321", "TD", "t1");
        Assert.True(await app.DbAsync(db => db.Refusals.AnyAsync(r => r.Subscriber == 8613800138000)));

        await app.MoAsync(Reporter, "12321", delete, "d1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);
        Assert.Contains(asked, app.Kannel.Texts.Last(), StringComparison.Ordinal);
        Assert.Equal(1, (await app.DbAsync(db => SubscriberRuleStore.LoadAsync(db, 8613800138000))).Version);

        app.Time.Advance(TimeSpan.FromMinutes(9));
        await app.MoAsync(Reporter, "12321", confirm, "c1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith(done, app.Kannel.Texts.Last(), StringComparison.Ordinal);
        Assert.Equal(0, (await app.DbAsync(db => SubscriberRuleStore.LoadAsync(db, 8613800138000))).Version);
        Assert.False(await app.DbAsync(db => db.Refusals.AnyAsync()));
        Assert.False(await app.DbAsync(db => db.Reporters.AnyAsync(r => r.Phone == 8613800138000)));
        Assert.Equal(1, await app.DbAsync(db => db.Reports.CountAsync()));
        Assert.Equal(["WithdrawalRequested", "Withdrawn"], await app.DbAsync(db => db.PrivacyAudit.OrderBy(a => a.Id).Select(a => a.Action.ToString()).ToListAsync()));
    }

    [Theory]
    [InlineData(11, "确认删除", "没有待确认的删除请求。请先发送“删除”")]
    [InlineData(0, "CONFIRM DELETE", "There is no deletion to confirm. Text DELETE first")]
    public async Task A_late_or_unasked_confirmation_deletes_nothing_and_says_what_to_do(int minutesLate, string confirm, string reply)
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.MoAsync(Reporter, "12321", "KTLJ", "k1");
        if (minutesLate > 0)
        {
            await app.MoAsync(Reporter, "12321", "删除", "d1");
            app.Time.Advance(TimeSpan.FromMinutes(minutesLate));
        }

        await app.MoAsync(Reporter, "12321", confirm, "c1");
        await app.Outbox.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith(reply, app.Kannel.Texts.Last(), StringComparison.Ordinal);
        Assert.Equal(1, (await app.DbAsync(db => SubscriberRuleStore.LoadAsync(db, 8613800138000))).Version);
        Assert.DoesNotContain(await app.DbAsync(db => db.PrivacyAudit.Select(a => a.Action).ToListAsync()), a => a == Data.Privacy.PrivacyAction.Withdrawn);
    }

    [Fact]
    public async Task Another_phone_s_confirmation_does_not_carry_out_a_request()
    {
        await using var app = await SmsTestApp.StartAsync();
        await app.MoAsync(Reporter, "12321", "KTLJ", "k1");
        await app.MoAsync(Reporter, "12321", "删除", "d1");

        await app.MoAsync("13700137000", "12321", "确认删除", "c1");

        Assert.Equal(1, (await app.DbAsync(db => SubscriberRuleStore.LoadAsync(db, 8613800138000))).Version);
    }

    [Fact]
    public async Task A_report_and_a_screening_keyword_record_the_senders_consents_to_the_notice_in_force()
    {
        await using var app = await SmsTestApp.StartAsync();

        await app.MoAsync(Reporter, "12321", "13912345678*2026-11-29 14:30", "r1");
        await app.MoAsync(Reporter, "12321", "KTLJ", "k1");
        await app.MoAsync(Reporter, "12321", "TD", "t1");

        var consents = await app.DbAsync(db => db.Consents.OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([Data.Privacy.ConsentPurpose.Report, Data.Privacy.ConsentPurpose.Screening], consents.Select(c => c.Purpose));
        Assert.All(consents, c => Assert.Equal(("+8613800138000", (long?)8613800138000, "privacy-2026-12", Data.Intake.IntakeChannel.Sms), (c.Subject, c.Phone, c.Notice, c.Channel)));
        Assert.Equal("privacy-2026-12", await app.DbAsync(db => db.Reports.Select(r => r.ConsentNotice).SingleAsync()));
    }
}
