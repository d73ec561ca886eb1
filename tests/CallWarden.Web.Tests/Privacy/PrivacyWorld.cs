using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Privacy;

/// <summary>
/// Two phones with reports, rules and screened calls, an analyst to read the statistics: the store a
/// withdrawal is tried on, and what the public and the screening see of it (<see cref="CountsAsync"/>).
/// </summary>
internal sealed class PrivacyWorld : IAsyncDisposable
{
    public const string Ann = "13700137201";
    public const long AnnE164 = 8613700137201;
    public const string Bob = "13700137202";
    public const long BobE164 = 8613700137202;
    public const string Target = "13912340101";

    private PrivacyWorld(TestApi api, HttpClient analyst, HttpClient form)
    {
        Api = api;
        Analyst = analyst;
        Form = form;
    }

    public TestApi Api { get; }

    public HttpClient Analyst { get; }

    /// <summary>A form backend's key that files reports for phones.</summary>
    public HttpClient Form { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<PrivacyWorld> StartAsync()
    {
        var api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Web:Verification:ShowCodes"] = "true" });
        var accounts = api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", World.Password, AccessRole.Analyst);
        var (_, secret) = await accounts.CreateKeyAsync("form", AccessRole.Client, [Scopes.ReportsWrite], Core.Numbers.Carrier.Unknown);
        var world = new PrivacyWorld(api, await api.SignInAsync("ana", World.Password), api.WithKey(secret));
        foreach (var (phone, target, category) in new[] { (Ann, Target, "fraud"), (Ann, "13912340102", "harassment"), (Bob, Target, "fraud") })
        {
            var created = await world.Form.PostAsJsonAsync("/api/v1/reports", new { target, category, reporterPhone = phone, content = "您已获得贷款额度" }, Ct);
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        }

        await using var db = api.Open();
        foreach (var subscriber in new[] { AnnE164, BobE164 })
        {
            await Data.Rules.SubscriberRuleStore.SaveAsync(db, subscriber, Core.Screening.SubscriberRules.Default with { LabelOnly = subscriber == AnnE164 }, 0, TestApi.Start, cancellationToken: Ct);
            db.Refusals.Add(new Data.Registry.RefusalRecord { Subscriber = subscriber, Categories = Core.Registry.MarketingCategories.All, Channel = "sms", RegisteredAt = TestApi.Start, UpdatedAt = TestApi.Start });
            db.DecisionLog.Add(new Data.Decisions.DecisionLogEntry { DecisionId = "d" + subscriber, Subscriber = subscriber, Caller = 8613912340101, At = TestApi.Start, DecidingRule = "reputation", Reasons = "r" });
        }

        await db.SaveChangesAsync(Ct);
        return world;
    }

    /// <summary>The statistics summary and the reputation rows, whole: what must not move when someone withdraws.</summary>
    public async Task<string> CountsAsync()
    {
        var summary = await Analyst.GetStringAsync("/api/v1/stats/summary?from=2026-11-01&to=2026-12-31", Ct);
        await using var db = Api.Open();
        var reputations = await db.Reputations.AsNoTracking().OrderBy(r => r.Number).ToListAsync(Ct);
        return summary + "\n" + JsonSerializer.Serialize(reputations);
    }

    public async ValueTask DisposeAsync()
    {
        Analyst.Dispose();
        Form.Dispose();
        await Api.DisposeAsync();
    }
}
