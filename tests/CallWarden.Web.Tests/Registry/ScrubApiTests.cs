using CallWarden.Core.Localization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallWarden.Core.Registry;
using CallWarden.Data.Access;
using CallWarden.Data.Registry;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Registry;

/// <summary><c>POST /api/v1/registry/scrub</c> with a business's key (issue #10 part 7).</summary>
public sealed class ScrubApiTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private int _lender;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        var businesses = _api.Get<BusinessRegistry>();
        _lender = await businesses.ApplyAsync(Application(BusinessLineKind.Marketing, 8613800138999), "web", DisplayLanguage.ZhHans, Ct);
        await businesses.ApproveAsync(_lender, "user:root", Ct);
        var refusals = _api.Get<RefusalRegistry>();
        await refusals.ChangeAsync(8613912345678, MarketingCategories.Loans, MarketingCategories.None, "sms", null, null, Ct);
        await refusals.ChangeAsync(8613700137000, MarketingCategories.Insurance, MarketingCategories.None, "sms", null, null, Ct);
        await _api.Get<CommunityFollower>().CatchUpAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private static CheckedApplication Application(BusinessLineKind kind, long number) =>
        new(new BusinessName("某某贷款"), "91350100M000100Y43", "王经理", 861012345678, null, [new RegisteredLine(number, 0, kind, kind == BusinessLineKind.Marketing ? MarketingCategories.Loans : MarketingCategories.None)]);

    private async Task<HttpClient> KeyAsync(int business)
    {
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("scrub", AccessRole.Client, [Scopes.RegistryScrub], business: business, cancellationToken: Ct);
        return _api.WithKey(secret);
    }

    [Fact]
    public async Task A_CSV_list_comes_back_with_only_the_numbers_not_to_be_called_and_the_bad_rows_and_the_scrub_is_logged_without_the_list()
    {
        using var client = await KeyAsync(_lender);
        using var body = new StringContent("phone\n13912345678\n13700137000\nnot a number\n13600136000\n", Encoding.UTF8, "text/csv");

        using var response = await client.PostAsync("/api/v1/registry/scrub", body, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("line,number,problem\n2,+8613912345678,\n4,,not_a_number\n", await response.Content.ReadAsStringAsync(Ct));
        await using var db = _api.Open();
        var logged = await db.Scrubs.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((_lender, 4L, 1L, 1L), (logged.BusinessId, logged.NumbersIn, logged.NumbersOut, logged.BadRows));
        Assert.StartsWith("api key:#", logged.Through, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_list_comes_back_as_JSON_and_a_malformed_one_is_refused_naming_the_body()
    {
        using var client = await KeyAsync(_lender);

        using var answered = await client.PostAsJsonAsync("/api/v1/registry/scrub", new { numbers = new[] { "13600136000", "+86 139 1234 5678" } }, Ct);
        using var broken = await client.PostAsync("/api/v1/registry/scrub", new StringContent("{\"numbers\":[", Encoding.UTF8, "application/json"), Ct);
        using var xml = await client.PostAsync("/api/v1/registry/scrub", new StringContent("<list/>", Encoding.UTF8, "application/xml"), Ct);

        var json = await answered.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("""[{"line":2,"number":"+8613912345678"}]""", json.GetProperty("rows").GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.True((await broken.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("body", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
    }

    [Fact]
    public async Task A_business_without_an_approved_marketing_registration_may_not_scrub()
    {
        var businesses = _api.Get<BusinessRegistry>();
        var bank = await businesses.ApplyAsync(Application(BusinessLineKind.CustomerService, 8695588), "web", DisplayLanguage.ZhHans, Ct);
        await businesses.ApproveAsync(bank, "user:root", Ct);
        var waiting = await businesses.ApplyAsync(Application(BusinessLineKind.Marketing, 8613800138777), "web", DisplayLanguage.ZhHans, Ct);

        foreach (var business in new[] { bank, waiting })
        {
            using var client = await KeyAsync(business);
            using var response = await client.PostAsync("/api/v1/registry/scrub", new StringContent("13912345678\n", Encoding.UTF8, "text/csv"), Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await using var db = _api.Open();
        Assert.False(await db.Scrubs.AnyAsync(Ct));
    }
}
