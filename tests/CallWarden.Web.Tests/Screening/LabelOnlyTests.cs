using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Localization;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data.Access;
using CallWarden.Data.Feed;
using CallWarden.Data.Reputation;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;

namespace CallWarden.Web.Tests.Screening;

/// <summary>
/// Label only (issue #10 part 4, PIPL art. 24): a subscriber may refuse the community's automated blocking; a
/// caller the reputation would block is then relayed with a label, and the decision says why, in the subscriber's
/// language — through the proxy's <c>POST /api/v1/screen</c> and the rules' dry run alike.
/// </summary>
public sealed class LabelOnlyTests : IAsyncLifetime
{
    private const string Subscriber = "13912345600";
    private const long SubscriberE164 = 8613912345600;
    private const string Caller = "+8613800000077";

    private TestApi _api = null!;
    private HttpClient _proxy = null!;
    private HttpClient _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        var accounts = _api.Get<AccessAccounts>();
        _proxy = _api.WithKey((await accounts.CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct)).Secret);
        _app = _api.WithKey((await accounts.CreateKeyAsync("app", AccessRole.Client, [Scopes.Rules], cancellationToken: Ct)).Secret);
        await using var db = _api.Open();
        db.Reputations.Add(new NumberReputationRecord { Number = 8613800000077, Score = 92, State = ReputationState.Labelled, DistinctReporters = 9, TopCategory = "fraud" });
        ChangeFeed.Append(db, ChangeKind.Reputation, 8613800000077, new { state = "labelled", score = 92 }, TestApi.Start);
        await db.SaveChangesAsync(Ct);
        await _api.Get<CommunityFollower>().CatchUpAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _proxy.Dispose();
        _app.Dispose();
        await _api.DisposeAsync();
    }

    public static TheoryData<DisplayLanguage, string> Languages => new()
    {
        { DisplayLanguage.ZhHans, "您选择只标记不拦截" },
        { DisplayLanguage.ZhHant, "您選擇只標記不攔截" },
        { DisplayLanguage.En, "you chose label-only" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_caller_the_community_would_block_is_labelled_and_the_decision_says_the_subscriber_chose_it(DisplayLanguage language, string said)
    {
        await SaveAsync(SubscriberRules.Default with { Language = language, LabelOnly = true });

        var answer = await ScreenAsync();

        // The reputation reached the threshold: the subscriber's choice, not the score, is why the call rings.
        Assert.Equal((200, "label"), (answer.GetProperty("sipCode").GetInt32(), answer.GetProperty("action").GetString()));
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("label").GetString()));
        var reason = answer.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "reputation");
        Assert.Equal("label", reason.GetProperty("outcome").GetString());
        Assert.EndsWith(said, reason.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_label_only_the_same_caller_is_blocked_and_nothing_claims_a_choice()
    {
        await SaveAsync(SubscriberRules.Default with { Language = DisplayLanguage.En });

        var answer = await ScreenAsync();

        Assert.Equal("reject", answer.GetProperty("action").GetString());
        Assert.DoesNotContain("label-only", answer.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_dry_run_shows_label_only_turning_the_block_into_a_label_with_the_same_reason(DisplayLanguage language, string said)
    {
        await SaveAsync(SubscriberRules.Default with { Language = language });

        using var response = await _app.PostAsJsonAsync($"/api/v1/subscribers/{Subscriber}/rules/dry-run", new
        {
            rules = new { labelOnly = true, language = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(language.ToString()) },
            calls = new[] { new { caller = Caller, at = TestApi.Start.AddHours(-1) } },
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("changes").EnumerateArray());
        Assert.Equal(("reject", "label"), (change.GetProperty("current").GetString(), change.GetProperty("proposed").GetString()));
        Assert.EndsWith(said, change.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private async Task SaveAsync(SubscriberRules rules)
    {
        await using var db = _api.Open();
        var current = await SubscriberRuleStore.LoadAsync(db, SubscriberE164, Ct);
        Assert.NotNull(await SubscriberRuleStore.SaveAsync(db, SubscriberE164, rules, current.Version, TestApi.Start, cancellationToken: Ct));
        _api.Get<SubscriberRulesCache>().Invalidate(SubscriberE164);
    }

    private async Task<JsonElement> ScreenAsync()
    {
        using var response = await _proxy.PostAsJsonAsync("/api/v1/screen", new { caller = Caller, callee = Subscriber, attest = "", callid = "l1", src = "10.0.0.1", presentation = "allowed" }, Ct);
        var line = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, line);
        return JsonDocument.Parse(line).RootElement.Clone();
    }
}
