using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Screening;
using CallWarden.Data.Access;
using CallWarden.Data.Decisions;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using CallWarden.Web.Rules;
using CallWarden.Web.Tests.Site;

namespace CallWarden.Web.Tests.Pages.Protection;

public sealed class ProtectionPageTests : IAsyncLifetime
{
    private const string Subscriber = "13700137000";
    private const long SubscriberE164 = 8613700137000;
    private const string Other = "13700137001";
    private const long OtherE164 = 8613700137001;

    private static readonly string[] Languages = ["zh-CN", "zh-TW", "en-GB"];

    private static readonly string[] ErrorTitles = ["<title>错误：", "<title>錯誤：", "<title>Error: "];

    private TestApi _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Web:Verification:ShowCodes"] = "true", ["DecisionLog:AllowSampleEvery"] = "1" });

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    /// <summary>Case → the field, what is typed into the form, and the message in simplified Chinese, traditional Chinese, English.</summary>
    public static TheoryData<string, string> Mistakes()
    {
        var data = new TheoryData<string, string>();
        foreach (var mistake in MistakeTable.Keys)
        {
            foreach (var language in Languages)
            {
                data.Add(mistake, language);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, (string Field, (string, string)[] Form, string[] Texts)> MistakeTable = new(StringComparer.Ordinal)
    {
        ["letters in the pattern"] = ("Input_BlockPattern", [("Input.BlockPattern", "0755abc*")], [
            "只能用数字，* 代表“从这里开始任意数字”，? 代表一位数字，例如 0755* 或 139****5678",
            "只能用數字，* 代表「從這裡開始任意數字」，? 代表一位數字，例如 0755* 或 139****5678",
            "Use digits only, with * for ‘any digits from here’ and ? for one digit, for example 0755* or 139****5678"]),
        ["a pattern starting with a wildcard"] = ("Input_BlockPattern", [("Input.BlockPattern", "*5678")], [
            "以号码开头的数字开始，例如 0755* 或 139****5678，不要以 * 或 ? 开始",
            "以號碼開頭的數字開始，例如 0755* 或 139****5678，不要以 * 或 ? 開始",
            "Start with the digits the numbers begin with, for example 0755* or 139****5678, not with * or ?"]),
        ["an allowed number that is no number"] = ("Input_AllowPattern", [("Input.AllowPattern", "1391234")], [
            "这不是完整的电话号码。请写完整的号码（13912345678），或在末尾加 * 表示一个号段（139*）",
            "這不是完整的電話號碼。請寫完整的號碼（13912345678），或在末尾加 * 表示一個號段（139*）",
            "That is not a whole phone number. Write the whole number (13912345678), or end it with * for a range (139*)"]),
        ["a note too long"] = ("Input_BlockNote", [("Input.BlockPattern", "0755*"), ("Input.BlockNote", new string('x', 201))], [
            "备注最多 200 个字", "備註最多 200 個字", "Write the note in 200 characters or fewer"]),
        ["quiet hours ending when they start"] = ("Input_QuietTo", [("Input.QuietFrom", "22:00"), ("Input.QuietTo", "22:00")], [
            "免打扰的结束时间不能和开始时间相同", "免打擾的結束時間不能和開始時間相同", "Quiet hours must end at a different time from when they start"]),
        ["quiet hours without an end"] = ("Input_QuietTo", [("Input.QuietFrom", "22:00")], [
            "请同时填写开始和结束时间，或者两个都不填", "請同時填寫開始和結束時間，或者兩個都不填", "Enter both times for quiet hours, or leave both empty"]),
        ["quiet hours that are no time"] = ("Input_QuietFrom", [("Input.QuietFrom", "25:00"), ("Input.QuietTo", "07:00")], [
            "按 22:00 这样的格式输入时间", "按 22:00 這樣的格式輸入時間", "Enter a time like 22:00"]),
        ["a threshold below the range"] = ("Input_Threshold", [("Input.Threshold", "10")], [
            "输入 21 到 100 之间的分数：低于 21 分，一个人就能让号码被拦截",
            "輸入 21 到 100 之間的分數：低於 21 分，一個人就能讓號碼被攔截",
            "Enter a score from 21 to 100: below 21, a single person could get a number blocked"]),
        ["a threshold above the range"] = ("Input_Threshold", [("Input.Threshold", "101")], [
            "输入 21 到 100 之间的分数：低于 21 分，一个人就能让号码被拦截",
            "輸入 21 到 100 之間的分數：低於 21 分，一個人就能讓號碼被攔截",
            "Enter a score from 21 to 100: below 21, a single person could get a number blocked"]),
        ["a threshold that is no number"] = ("Input_Threshold", [("Input.Threshold", "eighty")], [
            "输入 21 到 100 之间的整数，例如 80", "輸入 21 到 100 之間的整數，例如 80", "Enter a whole number from 21 to 100, for example 80"]),
        ["an answer the page never offered"] = ("Input_Answer", [("Input.Answer", "allow")], [
            "请选择一项", "請選擇一項", "Choose one of the options"]),
    };

    [Fact]
    public async Task Without_a_phone_sign_in_the_page_sends_people_to_sign_in_and_staff_without_a_phone_are_refused()
    {
        using var anonymous = new PageVisitor(_api);
        var redirected = await anonymous.GetAsync("/protection", follow: false);
        await _api.Get<AccessAccounts>().CreateUserAsync("ana", World.Password, AccessRole.Analyst, cancellationToken: Ct);
        using var analyst = await _api.SignInAsync("ana", World.Password);

        Assert.Equal(HttpStatusCode.Redirect, redirected.Status);
        Assert.EndsWith("/sign-in?returnUrl=%2Fprotection", redirected.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/protection", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_page_shows_the_signed_in_phones_rules_and_calls_and_nobody_elses()
    {
        await SaveAsync(SubscriberE164, SubscriberRules.Default with { Entries = [RuleEntry.Block("0755*", TestApi.Start, Disposition.Busy, note: "agents")] });
        await SaveAsync(OtherE164, SubscriberRules.Default with { Entries = [RuleEntry.Block("+234*", TestApi.Start, note: "zz-other-note")] });
        await LogAsync(OtherE164, 8613912340000, TestApi.Start.AddHours(-1));
        using var person = new PageVisitor(_api, "en-GB");

        await person.SignInAsync(Subscriber);

        Assert.Contains("<code>+86755*</code>", person.Text, StringComparison.Ordinal);
        Assert.Contains("Blocked: Busy tone", person.Text, StringComparison.Ordinal);
        Assert.Contains("agents", person.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>+234*</code>", person.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("zz-other-note", person.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("+8613912340000", person.Text, StringComparison.Ordinal);
        Assert.Contains("No calls have been screened for you yet.", person.Text, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", person.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_mistake_is_worded_beside_its_field_in_the_readers_language_and_nothing_is_saved(string mistake, string language)
    {
        using var person = new PageVisitor(_api, language);
        await person.SignInAsync(Subscriber);
        var (field, form, texts) = MistakeTable[mistake];

        var answer = await person.PostAsync("/protection?handler=Preview", Form(form));

        var expected = texts[Array.IndexOf(Languages, language)];
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, person.ErrorBeside(field));
        Assert.Contains(expected, person.ErrorSummary());
        Assert.StartsWith(ErrorTitles[Array.IndexOf(Languages, language)], TitleOf(person.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"preview\"", person.Html, StringComparison.Ordinal);
        Assert.Equal(0, (await _api.Get<RulesEditor>().LoadAsync(SubscriberE164, Ct)).Version);
    }

    [Fact]
    public async Task Quiet_hours_that_end_before_they_start_run_overnight_and_are_accepted()
    {
        using var person = new PageVisitor(_api, "en-GB");
        await person.SignInAsync(Subscriber);

        await person.PostAsync("/protection?handler=Preview", Form(("Input.QuietFrom", "22:00"), ("Input.QuietTo", "07:00")));
        await person.PostAsync("/protection?handler=Save", Form(("Input.QuietFrom", "22:00"), ("Input.QuietTo", "07:00"), ("Input.PreviewedAs", PreviewedAs(person))));

        var saved = await _api.Get<RulesEditor>().LoadAsync(SubscriberE164, Ct);
        Assert.Equal(new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Disposition: Disposition.Reject), saved.QuietHours);
        Assert.Contains("value=\"22:00\"", person.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "按这些规则，您最近 30 天的 4 通来电中有 1 通会被拦截（按现在的规则是 0 通）。", "您的黑名单条目 +86755*（2026-11-30 添加）「中介」")]
    [InlineData("zh-TW", "按這些規則，您最近 30 天的 4 通來電中有 1 通會被攔截（按現在的規則是 0 通）。", "您的黑名單條目 +86755*（2026-11-30 新增）「中介」")]
    [InlineData("en-GB", "With these rules, 1 of your 4 calls in the last 30 days would have been blocked (0 with your rules as they are now).", "your blocklist entry +86755* added 2026-11-30 (中介)")]
    public async Task The_dry_run_counts_the_recent_calls_the_rules_would_block_and_lists_them_with_reasons_in_the_readers_language(string language, string summary, string reason)
    {
        await LogAsync(SubscriberE164, 8675588889999, TestApi.Start.AddDays(-1));
        await LogAsync(SubscriberE164, 8613912340000, TestApi.Start.AddHours(-5));
        await LogAsync(SubscriberE164, 8613912340001, TestApi.Start.AddDays(-29));
        // From abroad: labelled under both rule sets, so not listed, whatever language the label is written in.
        await LogAsync(SubscriberE164, 2348012345678, TestApi.Start.AddDays(-2));
        await LogAsync(SubscriberE164, 8675512345678, TestApi.Start.AddDays(-31));
        using var person = new PageVisitor(_api, language);
        await person.SignInAsync(Subscriber);

        await person.PostAsync("/protection?handler=Preview", Form(("Input.BlockPattern", "0755*"), ("Input.BlockNote", "中介")));

        Assert.Contains(summary, person.Text, StringComparison.Ordinal);
        var row = Assert.Single(Rows(person.Text, "data-preview-call"));
        Assert.Contains("+8675588889999", row, StringComparison.Ordinal);
        Assert.Contains(reason, row, StringComparison.Ordinal);
        Assert.Contains("<li class=\"decisive\">", row, StringComparison.Ordinal);
        Assert.Equal(0, (await _api.Get<RulesEditor>().LoadAsync(SubscriberE164, Ct)).Version);
    }

    [Fact]
    public async Task Saved_rules_are_met_by_the_next_screened_call_with_reasons_in_the_language_they_were_saved_in()
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        using var proxy = _api.WithKey(secret);
        var call = new { caller = "+8675512345678", callee = Subscriber, attest = "", callid = "p-1", src = "10.0.0.1", presentation = "allowed" };
        Assert.Equal("allow", (await ScreenAsync(proxy, call)).GetProperty("action").GetString());
        using var person = new PageVisitor(_api, "en-GB");
        await person.SignInAsync(Subscriber);

        await person.PostAsync("/protection?handler=Preview", Form(("Input.BlockPattern", "0755*"), ("Input.Answer", "not_in_service")));
        var saved = await person.PostAsync("/protection?handler=Save", Form(("Input.BlockPattern", "0755*"), ("Input.Answer", "not_in_service"), ("Input.PreviewedAs", PreviewedAs(person))), follow: false);
        var answer = await ScreenAsync(proxy, call);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("/protection?saved=True", saved.Location);
        Assert.Equal("not_in_service", answer.GetProperty("action").GetString());
        Assert.Equal(604, answer.GetProperty("sipCode").GetInt32());
        Assert.Equal("blocklist", answer.GetProperty("rule").GetString());
        Assert.StartsWith("your blocklist entry +86755*", answer.GetProperty("reasons")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        await person.GetAsync(saved.Location!);
        Assert.Contains("Saved. Your new rules apply from the next call.", person.Text, StringComparison.Ordinal);
        Assert.Contains("<code>+86755*</code>", person.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recent_calls_say_what_each_call_got_and_why()
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        using var proxy = _api.WithKey(secret);
        await SaveAsync(SubscriberE164, SubscriberRules.Default with { Language = Core.Localization.DisplayLanguage.ZhHant, Entries = [RuleEntry.Block("0755*", TestApi.Start, note: "中介")] });
        await ScreenAsync(proxy, new { caller = "0755-12345678", callee = Subscriber, callid = "p-2" });
        await _api.Get<DecisionLog>().DrainAsync(Ct);
        using var person = new PageVisitor(_api, "zh-TW");

        await person.SignInAsync(Subscriber);

        var row = Assert.Single(Rows(person.Text, "data-recent-call"));
        Assert.Contains("+8675512345678", row, StringComparison.Ordinal);
        Assert.Contains("拒接", row, StringComparison.Ordinal);
        Assert.Contains("您攔截的號碼：您的黑名單條目 +86755*", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_saved_elsewhere_meanwhile_is_explained_and_the_current_rules_are_shown()
    {
        using var person = new PageVisitor(_api, "en-GB");
        await person.SignInAsync(Subscriber);
        await person.PostAsync("/protection?handler=Preview", Form(("Input.BlockPattern", "0755*")));
        var previewed = PreviewedAs(person);
        await SaveAsync(SubscriberE164, SubscriberRules.Default with { Entries = [RuleEntry.Block("+234*", TestApi.Start)] });

        var answer = await person.PostAsync("/protection?handler=Save", Form(("Input.BlockPattern", "0755*"), ("Input.PreviewedAs", previewed)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["Your rules were changed somewhere else (on another device or in an app) after you opened this page. Below are the rules as they are now: make your change again, check it, then save."], person.ErrorSummary());
        Assert.Contains("<code>+234*</code>", person.Text, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", person.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"0755*\"", person.Html, StringComparison.Ordinal);
        var stored = await _api.Get<RulesEditor>().LoadAsync(SubscriberE164, Ct);
        Assert.Equal(["+234*"], stored.Entries.Select(e => e.Pattern));
    }

    [Fact]
    public async Task Rules_changed_after_their_dry_run_are_tried_again_before_they_can_be_saved()
    {
        using var person = new PageVisitor(_api, "en-GB");
        await person.SignInAsync(Subscriber);
        var unpreviewed = await person.PostAsync("/protection?handler=Save", Form(("Input.BlockPattern", "0755*")));
        Assert.Contains("id=\"preview\"", unpreviewed.Body, StringComparison.Ordinal);
        var previewed = PreviewedAs(person);

        var changed = await person.PostAsync("/protection?handler=Save", Form(("Input.BlockPattern", "+234*"), ("Input.PreviewedAs", previewed)));

        Assert.Contains("You changed the rules after checking them.", person.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal(0, (await _api.Get<RulesEditor>().LoadAsync(SubscriberE164, Ct)).Version);
    }

    [Fact]
    public async Task An_entry_ticked_for_removal_is_removed_and_the_others_keep_their_place()
    {
        await SaveAsync(SubscriberE164, SubscriberRules.Default with
        {
            Entries = [RuleEntry.Block("0755*", TestApi.Start), RuleEntry.Allow("075588889999", TestApi.Start, note: "dentist"), RuleEntry.Block("+234*", TestApi.Start)],
        });
        using var person = new PageVisitor(_api, "en-GB");
        await person.SignInAsync(Subscriber);
        var form = Form(("Input.Version", "1"), ("Input.Remove", "+234*"), ("Input.AllowPattern", "0755 8888 9999"), ("Input.AllowNote", "dentist, again"));

        await person.PostAsync("/protection?handler=Preview", form);
        await person.PostAsync("/protection?handler=Save", [.. form, new("Input.PreviewedAs", PreviewedAs(person))]);

        var stored = await _api.Get<RulesEditor>().LoadAsync(SubscriberE164, Ct);
        Assert.Equal(["+86755*", "+8675588889999"], stored.Entries.Select(e => e.Pattern));
        Assert.Equal("dentist, again", stored.Entries[1].Note);
        Assert.Equal(Core.Localization.DisplayLanguage.En, stored.Language);
    }

    private static List<KeyValuePair<string, string>> Form(params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.Version"] = "0", ["Input.Anonymous"] = "allow", ["Input.International"] = "label", ["Input.Community"] = "block",
            ["Input.Threshold"] = "80", ["Input.Answer"] = "reject", ["Input.ContactsOnly"] = "false",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return [.. fields];
    }

    private static string PreviewedAs(PageVisitor person)
    {
        var match = System.Text.RegularExpressions.Regex.Match(person.Html, "name=\"Input.PreviewedAs\" value=\"([0-9a-f]+)\"");
        Assert.True(match.Success, "the page shows no dry run");
        return match.Groups[1].Value;
    }

    private static IEnumerable<string> Rows(string html, string marker) =>
        System.Text.RegularExpressions.Regex.Matches(html, $"<tr {marker}>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    private static string TitleOf(string html) => html[html.IndexOf("<title>", StringComparison.Ordinal)..];

    private async Task SaveAsync(long subscriber, SubscriberRules rules)
    {
        var editor = _api.Get<RulesEditor>();
        var current = await editor.LoadAsync(subscriber, Ct);
        Assert.NotNull(await editor.SaveAsync(subscriber, editor.Check(rules, new FieldErrors())!, current.Version, Data.Intake.IntakeChannel.Web, Ct));
    }

    private async Task LogAsync(long subscriber, long caller, DateTimeOffset at)
    {
        await using var db = _api.Open();
        db.DecisionLog.Add(new DecisionLogEntry
        {
            DecisionId = $"d-{subscriber}-{caller}-{at.UtcTicks}", Subscriber = subscriber, Caller = caller, At = at,
            Action = Disposition.Allow, SipCode = 200, DecidingRule = "default", Reasons = "no rule decided",
        });
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<JsonElement> ScreenAsync(HttpClient proxy, object call)
    {
        using var response = await proxy.PostAsJsonAsync("/api/v1/screen", call, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
