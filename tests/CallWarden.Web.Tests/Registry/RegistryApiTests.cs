using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;
using CallWarden.Data.Access;
using CallWarden.Data.Feed;
using CallWarden.Data.Outbox;
using CallWarden.Data.Registry;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Registry;

/// <summary>The registries through the API end to end: refuse, apply, approve, screen, complain, look up (issue #10 parts 5 and 6).</summary>
public sealed class RegistryApiTests : IAsyncLifetime
{
    public const string Licence = "91350100M000100Y43";
    private const string Subscriber = "13912345678";
    private const string MarketingLine = "13800138000";
    private const string ServiceLine = "95588";

    private TestApi _api = null!;
    private HttpClient _admin = null!;
    private HttpClient _proxy = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync(new Dictionary<string, string?> { ["DecisionLog:AllowSampleEvery"] = "1" });
        var accounts = _api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("root", World.Password, AccessRole.Administrator, cancellationToken: Ct);
        _admin = await _api.SignInAsync("root", World.Password);
        var (_, secret) = await accounts.CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        _proxy = _api.WithKey(secret);
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        _proxy.Dispose();
        await _api.DisposeAsync();
    }

    public static object Application(string marketing = MarketingLine, string service = ServiceLine) => new
    {
        name = "某某银行",
        nameTraditional = "某某銀行",
        nameEnglish = "Example Bank",
        licence = Licence,
        contactName = "王经理",
        contactPhone = "010-12345678",
        lines = new object[]
        {
            new { number = service, kind = "customer_service" },
            new { number = marketing, kind = "marketing", categories = new[] { "loans" } },
        },
    };

    [Fact]
    public async Task A_carrier_app_registers_a_refusal_for_its_subscriber_which_is_confirmed_in_the_language_asked_for_and_goes_on_the_feed()
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("cmcc-app", AccessRole.Client, [Scopes.RegistryRefusals], Carrier.ChinaMobile, cancellationToken: Ct);
        using var carrier = _api.WithKey(secret);

        using var response = await carrier.PostAsJsonAsync($"/api/v1/registry/refusals/{Subscriber}", new { categories = new[] { "loans", "insurance" }, language = "en" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["loans", "insurance"], answer.GetProperty("refused").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("You now refuse marketing calls: Loans, Insurance. Within a minute registered marketing lines will no longer reach you.", answer.GetProperty("confirmation").GetString());
        await using var db = _api.Open();
        var refusal = await db.Refusals.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((8613912345678, MarketingCategories.Loans | MarketingCategories.Insurance, "api"), (refusal.Subscriber, refusal.Categories, refusal.Channel));
        Assert.Equal(8613912345678, (await db.Changes.AsNoTracking().SingleAsync(c => c.Kind == ChangeKind.Refusal, Ct)).Number);
        var notice = await db.Outbox.AsNoTracking().SingleAsync(m => m.TemplateKey == OutboxTemplates.RefusalChanged, Ct);
        Assert.Equal(("+8613912345678", "en"), (notice.Recipient, notice.Language));
    }

    [Fact]
    public async Task A_carrier_app_may_not_touch_another_carriers_subscriber_and_withdrawing_everything_removes_the_refusal()
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("unicom-app", AccessRole.Client, [Scopes.RegistryRefusals], Carrier.ChinaUnicom, cancellationToken: Ct);
        using var unicom = _api.WithKey(secret);
        using var refused = await unicom.PostAsJsonAsync($"/api/v1/registry/refusals/{Subscriber}", new { categories = new[] { "all" } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var registered = await _admin.PostAsJsonAsync($"/api/v1/registry/refusals/{Subscriber}", new { }, Ct);
        using var withdrawn = await _admin.PostAsJsonAsync($"/api/v1/registry/refusals/{Subscriber}/withdraw", new { language = "zh-Hant" }, Ct);

        Assert.Equal(["all"], (await registered.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("refused").EnumerateArray().Select(c => c.GetString()));
        var answer = await withdrawn.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Empty(answer.GetProperty("refused").EnumerateArray());
        Assert.Equal("您已撤回拒接營銷來電登記，營銷號碼的來電將照常接通。", answer.GetProperty("confirmation").GetString());
        await using var db = _api.Open();
        Assert.False(await db.Refusals.AnyAsync(Ct));
    }

    [Theory]
    [InlineData("{\"categories\":[\"lottery\"]}", "categories")]
    [InlineData("{\"categories\":\"loans\"}", "categories")]
    [InlineData("not json", "body")]
    public async Task A_bad_refusal_is_refused_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _admin.PostAsync($"/api/v1/registry/refusals/{Subscriber}", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_bad_application_lists_every_problem_with_its_field()
    {
        using var response = await _api.Anonymous().PostAsJsonAsync("/api/v1/registry/businesses", new { name = "某某银行", licence = "91350100M000100Y44", lines = new object[] { new { number = "12", kind = "marketing", categories = new[] { "bingo" } } } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(
            ["contactName", "contactPhone", "licence", "lines[0].categories", "lines[0].number"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_approved_marketing_line_is_blocked_for_a_subscriber_who_refused_its_category_the_call_becomes_a_complaint_and_the_service_line_is_labelled_verified()
    {
        using var applied = await _api.Anonymous().PostAsJsonAsync("/api/v1/registry/businesses", Application(), Ct);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        using var refusal = await _admin.PostAsJsonAsync($"/api/v1/registry/refusals/{Subscriber}", new { categories = new[] { "loans" } }, Ct);
        var follower = _api.Get<CommunityFollower>();
        await follower.CatchUpAsync(Ct);

        var before = await ScreenAsync(MarketingLine);
        Assert.Equal("allow", before.GetProperty("action").GetString());

        using var approved = await _admin.PostAsync($"/api/v1/registry/businesses/{id}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        using var again = await _admin.PostAsync($"/api/v1/registry/businesses/{id}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await follower.CatchUpAsync(Ct);

        var blocked = await ScreenAsync(MarketingLine);
        Assert.Equal("reject", blocked.GetProperty("action").GetString());
        Assert.Equal("refusal_registry", blocked.GetProperty("rule").GetString());
        Assert.Equal("您已登记拒接营销来电", blocked.GetProperty("reasons")[0].GetProperty("text").GetString());
        var service = await ScreenAsync(ServiceLine);
        Assert.Equal(("label", "已认证：某某银行客服"), (service.GetProperty("action").GetString(), service.GetProperty("label").GetString()));

        await _api.Get<DecisionLog>().DrainAsync(Ct);
        await using (var db = _api.Open())
        {
            var complaint = await db.MarketingComplaints.AsNoTracking().SingleAsync(Ct);
            Assert.Equal((id, 8613800138000, 8613912345678, blocked.GetProperty("decisionId").GetString()), (complaint.BusinessId, complaint.Caller, complaint.Callee, complaint.DecisionId));
            Assert.Contains("您已登记拒接营销来电", complaint.Evidence, StringComparison.Ordinal);
        }

        var lookup = await _api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/numbers/{ServiceLine}", Ct);
        Assert.Equal("已认证：某某银行客服", lookup.GetProperty("verified").GetString());
        Assert.Equal("已认证：某某银行客服", lookup.GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_number_another_approved_business_holds_cannot_be_approved_again_and_a_refused_application_enters_nothing()
    {
        using var first = await _api.Anonymous().PostAsJsonAsync("/api/v1/registry/businesses", Application(), Ct);
        using var second = await _api.Anonymous().PostAsJsonAsync("/api/v1/registry/businesses", Application(service: "95599"), Ct);
        var one = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var two = (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();

        using var approved = await _admin.PostAsync($"/api/v1/registry/businesses/{one}/approve", null, Ct);
        using var taken = await _admin.PostAsync($"/api/v1/registry/businesses/{two}/approve", null, Ct);
        using var refused = await _admin.PostAsJsonAsync($"/api/v1/registry/businesses/{two}/refuse", new { note = "同一号码已由其他企业登记" }, Ct);
        using var missing = await _admin.PostAsync("/api/v1/registry/businesses/999/approve", null, Ct);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Conflict, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (approved.StatusCode, taken.StatusCode, refused.StatusCode, missing.StatusCode));
        var listed = await _admin.GetFromJsonAsync<JsonElement>("/api/v1/registry/businesses?state=refused", Ct);
        Assert.Equal("同一号码已由其他企业登记", Assert.Single(listed.EnumerateArray()).GetProperty("decisionNote").GetString());
        await using var db = _api.Open();
        Assert.Equal(3, await db.Changes.CountAsync(c => c.Kind == ChangeKind.BusinessLine || c.Kind == ChangeKind.Business, Ct));
    }

    private async Task<JsonElement> ScreenAsync(string caller)
    {
        using var response = await _proxy.PostAsJsonAsync("/api/v1/screen", new { caller, callee = Subscriber, attest = "", callid = "c-" + caller, src = "10.0.0.1", presentation = "allowed" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
