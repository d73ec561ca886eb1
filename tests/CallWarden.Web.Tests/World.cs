using CallWarden.Core.Localization;
using System.Net.Http.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;
using CallWarden.Data.Registry;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Access;

namespace CallWarden.Web.Tests;

/// <summary>
/// A running API with one person or key per <see cref="Identity"/> and one case: three reports
/// against a China Mobile number, verified and routed to China Mobile.
/// </summary>
public sealed class World : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string Number = "13912345678";
    /// <summary>The phone of <see cref="Identity.Subscriber"/>, whose rules the matrix reads.</summary>
    public const string Subscriber = "13700137000";

    /// <summary>A subscriber nobody in the world signs in as.</summary>
    public const string OtherSubscriber = "13700137001";

    public static readonly string[] ReporterPhones = ["13800138001", "13800138002", "13800138003"];

    private readonly Dictionary<Identity, HttpClient> _clients = [];
    private readonly Dictionary<Identity, string> _logins = [];

    internal TestApi Api { get; private set; } = null!;

    internal long CaseId { get; private set; }

    internal string Reference { get; private set; } = string.Empty;

    internal HttpClient Client(Identity identity) => _clients[identity];

    /// <summary>A client with a session of its own for a person (so that a test may end it); the shared client for anyone else.</summary>
    internal async Task<HttpClient> OwnSessionAsync(Identity identity) =>
        _logins.TryGetValue(identity, out var login) ? await Api.SignInAsync(login, Password) : _clients[identity];

    public async ValueTask InitializeAsync()
    {
        Api = await TestApi.StartAsync();
        var accounts = Api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", Password, AccessRole.Analyst);
        await accounts.CreateUserAsync("mo", Password, AccessRole.CarrierOperator, Carrier.ChinaMobile);
        await accounts.CreateUserAsync("uni", Password, AccessRole.CarrierOperator, Carrier.ChinaUnicom);
        await accounts.CreateUserAsync("root", Password, AccessRole.Administrator);
        await accounts.CreateUserAsync("rep", Password, AccessRole.Reporter, phone: PhoneNumberNormalizer.Default.Normalize(ReporterPhones[0]).E164);
        await accounts.CreateUserAsync("police", Password, AccessRole.PoliceLiaison);
        await accounts.CreateUserAsync("sub", Password, AccessRole.Client, phone: 86_13700137000);
        _clients[Identity.Anonymous] = Api.Anonymous();
        _clients[Identity.Analyst] = await SignInAsync(Identity.Analyst, "ana");
        _clients[Identity.MobileOperator] = await SignInAsync(Identity.MobileOperator, "mo");
        _clients[Identity.UnicomOperator] = await SignInAsync(Identity.UnicomOperator, "uni");
        _clients[Identity.Administrator] = await SignInAsync(Identity.Administrator, "root");
        _clients[Identity.Reporter] = await SignInAsync(Identity.Reporter, "rep");
        _clients[Identity.PoliceLiaison] = await SignInAsync(Identity.PoliceLiaison, "police");
        _clients[Identity.ClientKey] = await KeyAsync("form", AccessRole.Client, [Scopes.ReportsWrite]);
        _clients[Identity.ClientKeyWithoutScope] = await KeyAsync("form-unscoped", AccessRole.Client, []);
        _clients[Identity.AnalystKey] = await KeyAsync("console", AccessRole.Analyst, [Scopes.CasesRead, Scopes.CasesWrite, Scopes.StatsRead]);
        _clients[Identity.AnalystKeyWithoutScope] = await KeyAsync("console-unscoped", AccessRole.Analyst, []);
        _clients[Identity.Subscriber] = await SignInAsync(Identity.Subscriber, "sub");
        _clients[Identity.RulesKey] = await KeyAsync("subscriber-app", AccessRole.Client, [Scopes.Rules]);
        _clients[Identity.MobileKey] = await KeyAsync("mobile", AccessRole.CarrierOperator, [Scopes.CasesRead, Scopes.CasesWrite], Carrier.ChinaMobile);
        _clients[Identity.ScreenKey] = await KeyAsync("kamailio", AccessRole.Client, [Scopes.Screen]);
        _clients[Identity.MetricsKey] = await KeyAsync("prometheus", AccessRole.Client, [Scopes.Metrics]);
        _clients[Identity.RefusalsKey] = await KeyAsync("cmcc-app", AccessRole.Client, [Scopes.RegistryRefusals], Carrier.ChinaMobile);
        var businesses = Api.Get<BusinessRegistry>();
        var lender = await businesses.ApplyAsync(
            new CheckedApplication(new BusinessName("某某贷款"), "91350100M000100Y43", "王经理", 861012345678, null, [new RegisteredLine(8613800138999, 0, BusinessLineKind.Marketing, MarketingCategories.Loans)]), "web", DisplayLanguage.ZhHans);
        await businesses.ApproveAsync(lender, "user:root");
        var (_, scrub) = await accounts.CreateKeyAsync("lender-scrub", AccessRole.Client, [Scopes.RegistryScrub], business: lender);
        _clients[Identity.ScrubKey] = Api.WithKey(scrub);
        var (revoked, secret) = await accounts.CreateKeyAsync("old", AccessRole.Analyst, [Scopes.CasesRead], Carrier.Unknown);
        await accounts.RevokeKeyAsync(revoked);
        _clients[Identity.RevokedKey] = Api.WithKey(secret);

        foreach (var phone in ReporterPhones)
        {
            var created = await Client(Identity.ClientKey).PostAsJsonAsync("/api/v1/reports", new { target = Number, category = "harassment", reporterPhone = phone });
            var receipt = (await created.Content.ReadFromJsonAsync<ReportReceiptBody>())!;
            (CaseId, Reference) = (receipt.CaseId, Reference.Length == 0 ? receipt.Reference : Reference);
        }

        var analyst = Client(Identity.Analyst);
        (await analyst.PostAsJsonAsync($"/api/v1/cases/{CaseId}/verify", new { reason = "three reporters" })).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"/api/v1/cases/{CaseId}/route", new { reason = "to the carrier" })).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Api.DisposeAsync();
    }

    private async Task<HttpClient> SignInAsync(Identity identity, string login)
    {
        _logins[identity] = login;
        return await Api.SignInAsync(login, Password);
    }

    private async Task<HttpClient> KeyAsync(string name, AccessRole role, string[] scopes, Carrier carrier = Carrier.Unknown)
    {
        var (_, secret) = await Api.Get<AccessAccounts>().CreateKeyAsync(name, role, scopes, carrier);
        return Api.WithKey(secret);
    }
}
