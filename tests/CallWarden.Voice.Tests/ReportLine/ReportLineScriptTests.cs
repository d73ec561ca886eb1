using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Core.Registry;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Voice.Tests.Prompts;
using Microsoft.EntityFrameworkCore;
using static CallWarden.Voice.Tests.ReportLine.ScriptedCall;

namespace CallWarden.Voice.Tests.ReportLine;

/// <summary>The report line driven over a scripted call against the real SQLite store and the rendered prompts.</summary>
[Collection(RenderedPromptsCollection.Name)]
public sealed class ReportLineScriptTests(RenderedPrompts prompts)
{
    private const string Caller = "13800138000";

    /// <summary>Menu 1, the number then #, 1 to confirm, then when and what.</summary>
    private static string Report(string number, char when, char what) => $"1{number}#1{when}{what}";

    private static string[] Spoken(string language, string digits) => [.. digits.Where(char.IsAsciiDigit).Select(d => $"{language}/digit.{d}")];

    [Fact]
    public async Task A_threat_reported_by_keypad_is_stored_with_channel_voice_and_its_reference_is_said_and_queued_by_SMS()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(Caller, Report("13912345678", '1', '3'));

        await using var db = line.Db();
        var report = await db.Reports.Include(r => r.Reporter).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(IntakeChannel.Voice, report.Channel);
        Assert.Equal(8613912345678, report.Target);
        Assert.Equal("threat", report.CategoryCode);
        Assert.Equal(8613800138000, report.Reporter!.Phone);
        Assert.Equal(line.Time.GetUtcNow(), report.OccurredAt);
        Assert.Contains("number=13912345678 when=within_the_hour what=threat", report.RawPayload);
        var sms = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((OutboxChannel.Sms, "+8613800138000", "zh-Hans", OutboxTemplates.ReportAcknowledged, "12321"), (sms.Channel, sms.Recipient, sms.Language, sms.TemplateKey, sms.Sender));
        Assert.Equal(report.Reference, JsonDocument.Parse(sms.Parameters!).RootElement.GetProperty("reference").GetString());
        Assert.Equal(
            ["zh-Hans/welcome", "zh-Hans/menu.main", "en/language.offer", "zh-Hans/number.enter", "zh-Hans/number.readback", .. Spoken("zh-Hans", "13912345678"),
             "zh-Hans/number.confirm", "zh-Hans/when.ask", "zh-Hans/what.ask", "zh-Hans/report.received", .. Spoken("zh-Hans", report.Reference),
             "zh-Hans/report.sms", "zh-Hans/advice.police", "zh-Hans/goodbye"],
            call.Played);
        Assert.Equal(0, call.Unread);
    }

    [Fact]
    public async Task A_threat_on_a_carriers_hotline_lands_on_that_carriers_desk_and_in_the_police_queue()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        await line.CallAsync(Caller, Report("13912345678", '2', '3'), dialled: "10086999");

        await using var db = line.Db();
        var stored = await db.Cases.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((CaseState.Forwarded, "china_mobile", true), (stored.State, stored.CarrierCode, stored.Police));
        Assert.Equal("10086999", (await db.Outbox.SingleAsync(TestContext.Current.CancellationToken)).Sender);
    }

    [Fact]
    public async Task On_the_centres_number_the_threat_waits_for_triage_and_forwarding_refers_it_to_the_police()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        await line.CallAsync(Caller, Report("13912345678", '1', '4'));

        await using var db = line.Db();
        var stored = await db.Cases.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((CaseState.Received, false), (stored.State, stored.Police));
        var flow = line.Get<Data.Workflow.CaseWorkflow>();
        var analyst = new Actor("analyst", ActorRole.Analyst);
        Assert.True((await flow.VerifyAsync(stored.Id, analyst, "credible", TestContext.Current.CancellationToken))!.Succeeded);
        Assert.True((await flow.ForwardAsync(stored.Id, analyst, "to the carrier", null, TestContext.Current.CancellationToken))!.Succeeded);
        await using var after = line.Db();
        Assert.True((await after.Cases.SingleAsync(TestContext.Current.CancellationToken)).Police);
    }

    [Fact]
    public async Task A_number_that_is_not_one_is_said_to_be_so_and_a_read_back_number_can_be_keyed_again()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        // 110 is not reportable; 13912345678 is read back and re-entered as 13812345678; marketing.
        var call = await line.CallAsync(Caller, "1" + "110#" + "13912345678#" + "2" + "13812345678#" + "1" + "4" + "1");

        await using var db = line.Db();
        var report = await db.Reports.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((8613812345678, "marketing", (DateTimeOffset?)null), (report.Target, report.CategoryCode, report.OccurredAt));
        Assert.Equal(1, call.Played.Count(p => p == "zh-Hans/number.invalid"));
        Assert.Equal(3, call.Played.Count(p => p == "zh-Hans/number.enter"));
        Assert.Equal(2, call.Played.Count(p => p == "zh-Hans/number.readback"));
        Assert.DoesNotContain("zh-Hans/advice.police", call.Played);
    }

    [Fact]
    public async Task A_wrong_key_is_said_to_be_wrong_and_the_question_is_repeated()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(Caller, "7" + Report("13912345678", '1', '9') + "5");

        Assert.Equal(["zh-Hans/welcome", "zh-Hans/menu.main", "en/language.offer", "zh-Hans/key.wrong", "zh-Hans/menu.main", "en/language.offer"], call.Played.Take(6));
        Assert.Equal(["zh-Hans/what.ask", "zh-Hans/key.wrong", "zh-Hans/what.ask"], call.Played.SkipWhile(p => p != "zh-Hans/what.ask").Take(3));
        await using var db = line.Db();
        Assert.Equal("other", (await db.Reports.SingleAsync(TestContext.Current.CancellationToken)).CategoryCode);
    }

    [Fact]
    public async Task Silence_repeats_the_question_once_then_the_line_says_goodbye_and_stores_nothing()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var menu = await line.CallAsync(Caller, $"{Silence}{Silence}");
        var when = await line.CallAsync(Caller, $"113912345678#1{Silence}{Silence}");

        Assert.Equal(["zh-Hans/welcome", "zh-Hans/menu.main", "en/language.offer", "zh-Hans/menu.main", "en/language.offer", "zh-Hans/timeout.goodbye"], menu.Played);
        Assert.Equal(["zh-Hans/when.ask", "zh-Hans/when.ask", "zh-Hans/timeout.goodbye"], when.Played.SkipWhile(p => p != "zh-Hans/when.ask"));
        await using var db = line.Db();
        Assert.Equal(0, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Keys_that_are_never_right_end_the_call_after_three_tries()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(Caller, "777");

        Assert.Equal(3, call.Played.Count(p => p == "zh-Hans/key.wrong"));
        Assert.Equal("zh-Hans/goodbye", call.Played[^1]);
    }

    [Fact]
    public async Task A_withheld_caller_can_report_but_hears_that_no_SMS_can_follow_and_the_reference_twice()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(null, Report("13912345678", '3', '2'));

        await using var db = line.Db();
        var report = await db.Reports.Include(r => r.Reporter).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Null(report.Reporter!.Phone);
        Assert.StartsWith("voice:withheld:", report.Reporter.Identity, StringComparison.Ordinal);
        Assert.Equal("harassment", report.CategoryCode);
        Assert.Equal(0, await db.Outbox.CountAsync(TestContext.Current.CancellationToken));
        Assert.Contains("zh-Hans/report.no_sms", call.Played);
        Assert.DoesNotContain("zh-Hans/report.sms", call.Played);
        Assert.Equal(2, call.Played.Count(p => p == "zh-Hans/report.received"));
    }

    [Fact]
    public async Task A_caller_follows_their_report_by_keying_its_reference_and_another_phone_learns_nothing()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);
        await line.CallAsync(Caller, Report("13912345678", '1', '1'));
        await using var db = line.Db();
        var reference = (await db.Reports.SingleAsync(TestContext.Current.CancellationToken)).Reference;
        var digits = new string([.. reference.Where(char.IsAsciiDigit)]);

        var own = await line.CallAsync("+86" + Caller, $"2{digits}#");
        var other = await line.CallAsync("13700137000", $"2{digits}#{digits}#");
        var withheld = await line.CallAsync(null, "2");

        Assert.Equal(["zh-Hans/follow.enter", "zh-Hans/follow.state.received", "zh-Hans/goodbye"], own.Played.Skip(3));
        Assert.Equal(["zh-Hans/follow.enter", "zh-Hans/follow.unknown", "zh-Hans/follow.enter", "zh-Hans/follow.unknown", "zh-Hans/goodbye"], other.Played.Skip(3));
        Assert.Equal(["zh-Hans/follow.withheld", "zh-Hans/goodbye"], withheld.Played.Skip(3));
    }

    [Fact]
    public async Task Key_3_refuses_all_marketing_calls_in_the_registry_and_queues_the_confirmation_SMS()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(Caller, "3");
        var withheld = await line.CallAsync(null, "3");

        await using var db = line.Db();
        var refusal = await db.Refusals.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((8613800138000, MarketingCategories.All, "voice"), (refusal.Subscriber, refusal.Categories, refusal.Channel));
        var sms = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((OutboxTemplates.RefusalChanged, "+8613800138000", OutboxChannel.Sms), (sms.TemplateKey, sms.Recipient, sms.Channel));
        Assert.Equal(["zh-Hans/refuse.done", "zh-Hans/goodbye"], call.Played.Skip(3));
        Assert.Equal(["zh-Hans/refuse.withheld", "zh-Hans/goodbye"], withheld.Played.Skip(3));
    }

    [Fact]
    public async Task A_Hong_Kong_caller_is_served_in_Cantonese_written_to_in_traditional_Chinese_and_9_switches_to_English()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var cantonese = await line.CallAsync("+85291234567", Report("13912345678", '1', '1'));
        var english = await line.CallAsync("+85291234568", "9" + Report("13912345679", '1', '1'));

        Assert.Equal(["yue/welcome", "yue/menu.main", "en/language.offer", "yue/number.enter"], cantonese.Played.Take(4));
        Assert.Equal(["yue/welcome", "yue/menu.main", "en/language.offer", "en/menu.main", "yue/language.offer", "en/number.enter"], english.Played.Take(6));
        await using var db = line.Db();
        Assert.Equal(["zh-Hant", "en"], await db.Outbox.OrderBy(m => m.Id).Select(m => m.Language).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_caller_who_hangs_up_mid_menu_ends_the_script_quietly_and_stores_nothing()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(Caller, $"11391{HangUp}");

        Assert.True(call.Ended.IsCancellationRequested);
        await using var db = line.Db();
        Assert.Equal(0, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_same_call_replayed_is_one_report()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);
        var first = new ScriptedCall(Caller, Report("13912345678", '1', '3'));
        // A retransmitted INVITE the protocol half failed to match: the same Call-ID, the same keys.
        var twin = new ScriptedCall(first.Invite, Report("13912345678", '1', '3'));

        foreach (var call in new[] { first, twin })
        {
            await ((Calls.AnswerCall)line.Router.Route(call.Invite)).Script.RunAsync(call, TestContext.Current.CancellationToken);
        }

        await using var db = line.Db();
        Assert.Equal(1, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Played, twin.Played);
    }

    [Fact]
    public async Task Questions_can_be_answered_before_they_end_and_what_must_be_heard_cannot_be_skipped()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts, new Dictionary<string, string?>
        {
            ["Channels:Voice:ReportLine:KeyTimeout"] = "00:00:07",
            ["Channels:Voice:ReportLine:DigitTimeout"] = "00:00:04",
        });

        var call = await line.CallAsync(Caller, Report("13912345678", '1', '3'));

        Assert.Contains(("zh-Hans/menu.main", true), call.Plays);
        Assert.Contains(("zh-Hans/number.enter", true), call.Plays);
        Assert.Contains(("zh-Hans/what.ask", true), call.Plays);
        Assert.Contains(("zh-Hans/welcome", false), call.Plays);
        Assert.Contains(("zh-Hans/number.readback", false), call.Plays);
        Assert.Contains(("zh-Hans/report.received", false), call.Plays);
        // The first digit of a number is awaited as long as a menu key, the next ones for the digit timeout.
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4)], call.Timeouts.Take(5));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("anonymous")]
    [InlineData("+")]
    [InlineData("110")]
    [InlineData("１３８００１３８０００\u202E")]
    [InlineData("<script>alert(1)</script>")]
    public async Task A_caller_number_that_is_no_phone_is_treated_as_withheld(string caller)
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(caller, Report("13912345678", '1', '5'));

        await using var db = line.Db();
        var report = await db.Reports.Include(r => r.Reporter).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Null(report.Reporter!.Phone);
        Assert.Contains("zh-Hans/report.no_sms", call.Played);
    }

    [Fact]
    public async Task A_huge_caller_number_and_a_hostile_call_id_are_kept_out_of_the_stored_evidence()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);
        var invite = new Calls.IncomingCall("evil\r\nInjected: yes " + new string('x', 5000), "12321", new string('9', 10_000), null, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 5060));
        var call = new ScriptedCall(invite, Report("13912345678", '1', '5'));

        await ((Calls.AnswerCall)line.Router.Route(invite)).Script.RunAsync(call, TestContext.Current.CancellationToken);

        await using var db = line.Db();
        var report = await db.Reports.Include(r => r.Reporter).SingleAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("call-id=sha256:", report.RawPayload, StringComparison.Ordinal);
        Assert.DoesNotContain("Injected", report.RawPayload, StringComparison.Ordinal);
        Assert.Contains("caller=withheld", report.RawPayload, StringComparison.Ordinal);
        Assert.Null(report.Reporter!.Phone);
    }

    [Fact]
    public async Task More_digits_than_any_number_has_are_not_a_number()
    {
        await using var line = await ReportLineHarness.CreateAsync(prompts);

        var call = await line.CallAsync(Caller, "1" + new string('1', 200) + "#" + "13912345678#1" + "15");

        Assert.Equal(1, call.Played.Count(p => p == "zh-Hans/number.invalid"));
        await using var db = line.Db();
        Assert.Equal(8613912345678, (await db.Reports.SingleAsync(TestContext.Current.CancellationToken)).Target);
    }
}
