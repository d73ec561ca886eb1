using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Data.Feed;
using CallWarden.Web.Access;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests;

/// <summary>The whole loop through the API: reports in, a case verified, routed, acted on, reporters told, the restriction over by itself.</summary>
public sealed class EndToEndTests
{
    private const string Password = World.Password;

    [Fact]
    public async Task Three_reports_become_a_thirty_day_restriction_that_ends_by_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await TestApi.StartAsync();
        var accounts = api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", Password, AccessRole.Analyst, cancellationToken: ct);
        await accounts.CreateUserAsync("mo", Password, AccessRole.CarrierOperator, Carrier.ChinaMobile, cancellationToken: ct);
        var (_, formKey) = await accounts.CreateKeyAsync("web-form", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: ct);
        using var form = api.WithKey(formKey);
        using var analyst = await api.SignInAsync("ana", Password);
        using var anyone = api.Anonymous();

        // Three reporters report the same number: one case, three references.
        List<ReportReceiptBody> receipts = [];
        foreach (var phone in World.ReporterPhones)
        {
            var response = await form.PostAsJsonAsync("/api/v1/reports", new { target = "139 1234 5678", category = "harassment", reporterPhone = phone, reason = "天天推銷" }, ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            receipts.Add((await response.Content.ReadFromJsonAsync<ReportReceiptBody>(ct))!);
            api.Time.Advance(TimeSpan.FromMinutes(5));
        }

        var caseId = Assert.Single(receipts.Select(r => r.CaseId).Distinct());
        Assert.Equal(3, receipts.Select(r => r.Reference).Distinct().Count());

        // The analyst verifies and routes; the number's carrier is China Mobile.
        await ExpectStateAsync(analyst.PostAsJsonAsync($"/api/v1/cases/{caseId}/verify", new { reason = "three independent reporters" }, ct), "verified");
        await ExpectStateAsync(analyst.PostAsJsonAsync($"/api/v1/cases/{caseId}/route", new { reason = "harassment: to the carrier" }, ct), "forwarded");

        // A day later (sessions last 8 hours) the carrier's operator signs in and finds the case.
        api.Time.Advance(TimeSpan.FromDays(1));
        using var carrier = await api.SignInAsync("mo", Password);
        var queue = await carrier.GetFromJsonAsync<JsonElement[]>("/api/v1/cases", ct);
        Assert.Equal(caseId, Assert.Single(queue!).GetProperty("id").GetInt64());

        // The carrier restricts the number for 30 days; its reporters are told and the case closes.
        var actedAt = api.Time.GetUtcNow();
        await ExpectStateAsync(carrier.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { kind = "restrict_outbound", days = 30, reason = "outbound calls restricted" }, ct), "closed");
        await using (var db = api.Open())
        {
            var told = await db.Outbox.AsNoTracking().Where(m => m.TemplateKey == OutboxTemplates.CaseResult).ToListAsync(ct);
            Assert.Equal(World.ReporterPhones.Select(p => "+86" + p).Order(), told.Select(m => m.Recipient).Order());
            Assert.All(told, m => Assert.Contains("restrict_outbound", m.Parameters, StringComparison.Ordinal));
        }

        var enforced = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/numbers/{World.Number}", ct);
        var restriction = Assert.Single(enforced.GetProperty("enforcement").EnumerateArray());
        Assert.Equal(actedAt.AddDays(30), restriction.GetProperty("until").GetDateTimeOffset());
        (await anyone.PostAsJsonAsync($"/api/v1/reports/{receipts[0].Reference}/code", new { phone = World.ReporterPhones[0] }, ct)).EnsureSuccessStatusCode();
        string code;
        await using (var db = api.Open())
        {
            var sms = await db.Outbox.AsNoTracking().Where(m => m.DedupKey.StartsWith("otp:")).OrderByDescending(m => m.Id).Select(m => m.Body!).FirstAsync(ct);
            code = System.Text.RegularExpressions.Regex.Match(sms, @"\d{6}").Value;
        }

        var mine = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{receipts[0].Reference}?phone={World.ReporterPhones[0]}&code={code}", ct);
        Assert.Equal("closed", mine.GetProperty("status").GetString());

        // Thirty days later nobody lifts it: the clock ends it, and the sweep tells the followers.
        api.Time.Advance(TimeSpan.FromDays(30));
        await api.Get<Sweeps>().RunOnceAsync(ct);
        var after = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/numbers/{World.Number}", ct);
        Assert.Empty(after.GetProperty("enforcement").EnumerateArray());
        await using (var db = api.Open())
        {
            Assert.True((await db.CarrierActions.SingleAsync(ct)).EndPublished);
            Assert.Equal(2, await db.Changes.CountAsync(c => c.Kind == ChangeKind.Enforcement, ct));
        }
    }

    private static async Task ExpectStateAsync(Task<HttpResponseMessage> call, string state)
    {
        using var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(state, body.GetProperty("state").GetString());
    }
}
