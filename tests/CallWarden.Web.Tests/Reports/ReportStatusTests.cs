using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Reports;

/// <summary>A reference names a report; it does not open it. Reading one takes a proof (issue #9 part 4).</summary>
public sealed class ReportStatusTests
{
    private const string Victim = "13800138001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sequential_references_with_a_victims_phone_find_nothing_without_the_code()
    {
        await using var api = await TestApi.StartAsync();
        using var client = await ClientAsync(api);
        List<string> references = [];
        for (var i = 0; i < 3; i++)
        {
            references.Add((await FileAsync(client, new { target = $"1391234567{i}", reporterPhone = Victim })).GetProperty("reference").GetString()!);
        }

        using var anyone = api.Anonymous();
        foreach (var reference in references.Append("R20261130-999999"))
        {
            foreach (var query in new[] { $"?phone={Victim}", $"?phone={Victim}&code=", $"?phone={Victim}&code=123456", "?token=guess" })
            {
                using var response = await anyone.GetAsync($"/api/v1/reports/{reference}{query}", Ct);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{reference}{query}: {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_report_filed_as_anonymous_is_read_only_with_its_follow_token()
    {
        await using var api = await TestApi.StartAsync();
        using var client = await ClientAsync(api);
        var first = await FileAsync(client, new { target = "13912345678", reporterIdentity = "anonymous" });
        var second = await FileAsync(client, new { target = "13912345679", reporterIdentity = "anonymous" });
        var (reference, token) = (first.GetProperty("reference").GetString()!, first.GetProperty("followToken").GetString()!);

        using var anyone = api.Anonymous();
        using var bare = await anyone.GetAsync($"/api/v1/reports/{reference}", Ct);
        using var othersToken = await anyone.GetAsync($"/api/v1/reports/{reference}?token={Uri.EscapeDataString(second.GetProperty("followToken").GetString()!)}", Ct);
        using var own = await anyone.GetAsync($"/api/v1/reports/{reference}?token={Uri.EscapeDataString(token)}", Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (bare.StatusCode, othersToken.StatusCode));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(reference, (await own.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("reference").GetString());
        Assert.True(token.Length >= 40, token);
        await using var db = api.Open();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"FollowTokenHash\" AS \"Value\" FROM \"reports\" WHERE \"Reference\" = {0}", reference).SingleAsync(Ct);
        Assert.NotEqual(token, stored);
    }

    [Fact]
    public async Task A_code_sent_to_the_reporters_phone_opens_the_report_once()
    {
        await using var api = await TestApi.StartAsync();
        using var client = await ClientAsync(api);
        var reference = (await FileAsync(client, new { target = "13912345678", reporterPhone = Victim })).GetProperty("reference").GetString()!;
        using var anyone = api.Anonymous();

        using var sent = await anyone.PostAsJsonAsync($"/api/v1/reports/{reference}/code", new { phone = Victim }, Ct);
        var code = await CodeAsync(api);
        using var read = await anyone.GetAsync($"/api/v1/reports/{reference}?phone={Victim}&code={code}", Ct);
        using var again = await anyone.GetAsync($"/api/v1/reports/{reference}?phone={Victim}&code={code}", Ct);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("138****8001", (await read.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("reporter").GetString());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_code_for_an_unknown_reference_is_sent_alike_and_opens_nothing()
    {
        await using var api = await TestApi.StartAsync();
        using var anyone = api.Anonymous();

        using var sent = await anyone.PostAsJsonAsync("/api/v1/reports/R20261130-000001/code", new { phone = Victim }, Ct);
        var code = await CodeAsync(api);
        using var read = await anyone.GetAsync($"/api/v1/reports/R20261130-000001?phone={Victim}&code={code}", Ct);
        using var badPhone = await anyone.PostAsJsonAsync("/api/v1/reports/R20261130-000001/code", new { phone = "010-62345678" }, Ct);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.NotFound), (sent.StatusCode, read.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        Assert.True((await badPhone.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task The_reporters_own_login_reads_their_report_and_nobody_elses()
    {
        await using var api = await TestApi.StartAsync();
        var accounts = api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("rep", World.Password, AccessRole.Reporter, phone: PhoneNumberNormalizer.Default.Normalize(Victim).E164, cancellationToken: Ct);
        await accounts.CreateUserAsync("rep2", World.Password, AccessRole.Reporter, phone: PhoneNumberNormalizer.Default.Normalize("13800138002").E164, cancellationToken: Ct);
        using var client = await ClientAsync(api);
        var reference = (await FileAsync(client, new { target = "13912345678", reporterPhone = Victim })).GetProperty("reference").GetString()!;
        using var reporter = await api.SignInAsync("rep", World.Password);
        using var other = await api.SignInAsync("rep2", World.Password);

        using var own = await reporter.GetAsync($"/api/v1/reports/{reference}", Ct);
        using var stranger = await other.GetAsync($"/api/v1/reports/{reference}?phone={Victim}", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (own.StatusCode, stranger.StatusCode));
    }

    private static async Task<HttpClient> ClientAsync(TestApi api)
    {
        var (_, key) = await api.Get<AccessAccounts>().CreateKeyAsync("gateway", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        return api.WithKey(key);
    }

    private static async Task<JsonElement> FileAsync(HttpClient client, object report)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/reports", report, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    /// <summary>The code of the newest one-time code SMS in the outbox.</summary>
    private static async Task<string> CodeAsync(TestApi api)
    {
        await using var db = api.Open();
        var body = await db.Outbox.Where(m => m.DedupKey.StartsWith("otp:")).OrderByDescending(m => m.Id).Select(m => m.Body).FirstOrDefaultAsync(Ct);
        return body is null ? "000000" : Regex.Match(body, @"\d{6}").Value;
    }
}
