using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data.Access;
using CallWarden.Data.Feed;
using CallWarden.Data.Reputation;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Screening;

public sealed class ScreenApiTests : IAsyncLifetime
{
    private const string Subscriber = "13912345678";
    private const string Voicemail = "sip:vm-{callee}@voicemail.example";

    private TestApi _api = null!;
    private HttpClient _proxy = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Screening:VoicemailUri"] = Voicemail, ["DecisionLog:AllowSampleEvery"] = "1" });
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        _proxy = _api.WithKey(secret);
    }

    public async ValueTask DisposeAsync()
    {
        _proxy.Dispose();
        await _api.DisposeAsync();
    }

    [Theory]
    [InlineData(Disposition.Reject, "reject", 603)]
    [InlineData(Disposition.Busy, "busy", 486)]
    [InlineData(Disposition.PoweredOff, "powered_off", 480)]
    [InlineData(Disposition.NotInService, "not_in_service", 604)]
    [InlineData(Disposition.Voicemail, "voicemail", 302)]
    public async Task A_blocklisted_caller_gets_the_subscribers_disposition_in_one_line(Disposition disposition, string action, int sipCode)
    {
        await SaveRulesAsync(SubscriberRules.Default with { Entries = [RuleEntry.Block("+8613800000001", TestApi.Start, disposition)] });

        var (line, answer) = await ScreenAsync(new { caller = "+8613800000001", callee = Subscriber, attest = "A", callid = "c1", src = "10.0.0.1", presentation = "allowed" });

        Assert.Equal(action, answer.GetProperty("action").GetString());
        Assert.Equal(sipCode, answer.GetProperty("sipCode").GetInt32());
        Assert.Equal("blocklist", answer.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("label").ValueKind);
        Assert.Equal("blocklist", answer.GetProperty("reasons")[0].GetProperty("rule").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("reasons")[0].GetProperty("text").GetString()));
        Assert.Equal(32, answer.GetProperty("decisionId").GetString()!.Length);
        Assert.Equal(disposition == Disposition.Voicemail, answer.TryGetProperty("target", out var target));
        if (disposition == Disposition.Voicemail)
        {
            Assert.Equal("sip:vm-+8613912345678@voicemail.example", target.GetString());
        }

        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public async Task An_unknown_caller_is_allowed()
    {
        var (_, answer) = await ScreenAsync(new { caller = "13800000002", callee = Subscriber, attest = "", callid = "c2", src = "10.0.0.1", presentation = "allowed" });

        Assert.Equal("allow", answer.GetProperty("action").GetString());
        Assert.Equal(200, answer.GetProperty("sipCode").GetInt32());
        Assert.Equal("default", answer.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_foreign_caller_is_relayed_with_a_label()
    {
        var (_, answer) = await ScreenAsync(new { caller = "+81312345678", callee = Subscriber, attest = "", callid = "c3", src = "10.0.0.1", presentation = "allowed" });

        Assert.Equal("label", answer.GetProperty("action").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("label").GetString()));
        Assert.Contains(answer.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("rule").GetString() == "international_call");
    }

    [Fact]
    public async Task A_withheld_number_meets_the_subscribers_anonymous_rule()
    {
        await SaveRulesAsync(SubscriberRules.Default with { Anonymous = Disposition.Busy });

        var (_, answer) = await ScreenAsync(new { caller = "+8613800000001", callee = Subscriber, attest = "", callid = "c4", src = "10.0.0.1", presentation = "restricted" });

        Assert.Equal("busy", answer.GetProperty("action").GetString());
        Assert.Equal("anonymous", answer.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_number_reported_while_serving_is_blocked_once_the_feed_is_followed()
    {
        var call = new { caller = "+8613800000009", callee = Subscriber, attest = "", callid = "c5", src = "10.0.0.1", presentation = "allowed" };
        Assert.Equal("allow", (await ScreenAsync(call)).Answer.GetProperty("action").GetString());
        await using (var db = _api.Open())
        {
            db.Reputations.Add(new NumberReputationRecord { Number = 8613800000009, Score = 92, State = ReputationState.Labelled, DistinctReporters = 9, TopCategory = "fraud" });
            ChangeFeed.Append(db, ChangeKind.Reputation, 8613800000009, new { state = "labelled", score = 92 }, TestApi.Start);
            await db.SaveChangesAsync(Ct);
        }

        await _api.Get<CommunityFollower>().CatchUpAsync(Ct);
        var (_, answer) = await ScreenAsync(call);

        Assert.Equal("reject", answer.GetProperty("action").GetString());
        Assert.Equal("reputation", answer.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("\"13800001111\"")]
    [InlineData("\"138 0000 1111\"")]
    [InlineData("\"+86 138-0000-1111\"")]
    [InlineData("\"0086 138 0000 1111\"")]
    [InlineData("13800001111")]
    [InlineData("8613800001111")]
    public async Task A_contact_saved_in_any_written_form_gets_through_contacts_only_mode(string contact)
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("app", AccessRole.Client, [Scopes.Rules], cancellationToken: Ct);
        using var app = _api.WithKey(secret);
        using var rules = new StringContent($$"""{"version":0,"contactsOnly":"reject","contacts":[{{contact}}]}""", System.Text.Encoding.UTF8, "application/json");
        using var saved = await app.PutAsync($"/api/v1/subscribers/{Subscriber}/rules", rules, Ct);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));

        var (_, contactCall) = await ScreenAsync(new { caller = "+8613800001111", callee = Subscriber, attest = "", callid = "c8", src = "10.0.0.1", presentation = "allowed" });
        var (_, strangerCall) = await ScreenAsync(new { caller = "+8613800002222", callee = Subscriber, attest = "", callid = "c9", src = "10.0.0.1", presentation = "allowed" });

        Assert.Equal([8613800001111], (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("contacts").EnumerateArray().Select(c => c.GetInt64()));
        Assert.Equal(("allow", "contact"), (contactCall.GetProperty("action").GetString(), contactCall.GetProperty("rule").GetString()));
        Assert.Equal(("reject", "contacts_only"), (strangerCall.GetProperty("action").GetString(), strangerCall.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task A_contact_that_is_no_phone_number_is_400_naming_the_contacts()
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("app", AccessRole.Client, [Scopes.Rules], cancellationToken: Ct);
        using var app = _api.WithKey(secret);
        using var rules = new StringContent("""{"version":0,"contacts":["mum"]}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await app.PutAsync($"/api/v1/subscribers/{Subscriber}/rules", rules, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contacts", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("""{"caller":"+8613800000001","callee":"nobody","presentation":"allowed"}""", "callee")]
    [InlineData("""{"caller":"+8613800000001","callee":"13912345678","presentation":"hidden"}""", "presentation")]
    [InlineData("""{"caller":"+8613800000001","callee":"13912345678","attest":"D"}""", "attest")]
    [InlineData("""{"callee":"13912345678"}""", "caller")]
    [InlineData("""{"caller":5,"callee":"13912345678"}""", "body")]
    public async Task A_bad_body_is_answered_400_naming_the_field_in_one_line(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _proxy.PostAsync("/api/v1/screen", content, Ct);
        var line = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain('\n', line);
        Assert.True(JsonDocument.Parse(line).RootElement.GetProperty("errors").TryGetProperty(field, out _), line);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_read_as_json_garbage_without_one_is_400_and_another_type_415()
    {
        // Was a 500: ReadFromJsonAsync throws on a missing content type (issue #9 part 5).
        using var json = new ByteArrayContent("""{"caller":"13800000002","callee":"13912345678"}"""u8.ToArray());
        Assert.Null(json.Headers.ContentType);
        using var answered = await _proxy.PostAsync("/api/v1/screen", json, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("allow", JsonDocument.Parse(await answered.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("action").GetString());

        foreach (var bytes in new[] { "caller=1&callee=2"u8.ToArray(), [], "\xff\xfe{"u8.ToArray(), "[1,2]"u8.ToArray() })
        {
            using var content = new ByteArrayContent(bytes);
            using var refused = await _proxy.PostAsync("/api/v1/screen", content, Ct);
            var line = await refused.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True(JsonDocument.Parse(line).RootElement.GetProperty("errors").TryGetProperty("body", out _), line);
        }

        using var form = new FormUrlEncodedContent([KeyValuePair.Create("caller", "13800000002")]);
        using var unsupported = await _proxy.PostAsync("/api/v1/screen", form, Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task Without_a_key_or_the_scope_there_is_no_answer()
    {
        var call = new { caller = "+8613800000001", callee = Subscriber, attest = "", callid = "c6", src = "10.0.0.1", presentation = "allowed" };
        var (_, unscoped) = await _api.Get<AccessAccounts>().CreateKeyAsync("form", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        using var anonymous = _api.Anonymous();
        using var form = _api.WithKey(unscoped);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/screen", call, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await form.PostAsJsonAsync("/api/v1/screen", call, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_subscriber_reads_why_a_call_was_blocked_and_nobody_else_does()
    {
        await SaveRulesAsync(SubscriberRules.Default with { Entries = [RuleEntry.Block("+8613800000001", TestApi.Start, note: "debt collector")] });
        var (_, answer) = await ScreenAsync(new { caller = "+8613800000001", callee = Subscriber, attest = "", callid = "c7", src = "10.0.0.1", presentation = "allowed" });
        await _api.Get<DecisionLog>().DrainAsync(Ct);
        var accounts = _api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("sub", World.Password, AccessRole.Analyst, phone: 8613912345678, cancellationToken: Ct);
        await accounts.CreateUserAsync("other", World.Password, AccessRole.Analyst, phone: 8613900000000, cancellationToken: Ct);
        using var subscriber = await _api.SignInAsync("sub", World.Password);
        using var other = await _api.SignInAsync("other", World.Password);

        var entries = await subscriber.GetFromJsonAsync<JsonElement>($"/api/v1/subscribers/{Subscriber}/decisions", Ct);
        var mine = Assert.Single(entries.EnumerateArray());
        Assert.Equal(answer.GetProperty("decisionId").GetString(), mine.GetProperty("decisionId").GetString());
        Assert.Equal("blocklist", mine.GetProperty("rule").GetString());
        Assert.Equal("+8613800000001", mine.GetProperty("caller").GetString());
        Assert.Contains("debt collector", mine.GetProperty("reasons").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/subscribers/{Subscriber}/decisions", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _proxy.GetAsync($"/api/v1/subscribers/{Subscriber}/decisions", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await subscriber.GetAsync($"/api/v1/subscribers/{Subscriber}/decisions?limit=0", Ct)).StatusCode);
    }

    private async Task<(string Line, JsonElement Answer)> ScreenAsync(object call)
    {
        using var response = await _proxy.PostAsJsonAsync("/api/v1/screen", call, Ct);
        var line = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, line);
        return (line, JsonDocument.Parse(line).RootElement.Clone());
    }

    private async Task SaveRulesAsync(SubscriberRules rules)
    {
        var subscriber = PhoneNumberNormalizer.Default.Normalize(Subscriber).E164;
        await using var db = _api.Open();
        Assert.NotNull(await SubscriberRuleStore.SaveAsync(db, subscriber, rules, 0, TestApi.Start, cancellationToken: Ct));
        _api.Get<SubscriberRulesCache>().Invalidate(subscriber);
    }
}
