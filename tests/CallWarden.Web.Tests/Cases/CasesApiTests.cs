using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Cases;

public sealed class CasesApiTests(World world) : IClassFixture<World>
{
    [Theory]
    [InlineData(Identity.MobileOperator)]
    [InlineData(Identity.Administrator)]
    [InlineData(Identity.Analyst)]
    public async Task Reporters_numbers_are_masked_unless_an_analyst_unmasks_them(Identity identity)
    {
        var detail = await world.Client(identity).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{world.CaseId}", TestContext.Current.CancellationToken);

        var shown = detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("reporter").GetString()).Order().ToList();
        Assert.Equal(["138****8001", "138****8002", "138****8003"], shown);
    }

    [Fact]
    public async Task An_analysts_unmasking_shows_full_numbers_and_joins_the_case_history()
    {
        var ct = TestContext.Current.CancellationToken;
        int Unmaskings() => world.Api.Open().CaseAudit.Count(a => a.HolderCaseId == world.CaseId && a.Action == CaseAction.ReportersUnmasked && a.Actor == "user:ana");
        var before = Unmaskings();

        var detail = await world.Client(Identity.Analyst).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{world.CaseId}?unmask=true", ct);

        var shown = detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("reporter").GetString()).Order().ToList();
        Assert.Equal(World.ReporterPhones.Select(p => "+86" + p), shown);
        Assert.Equal(before + 1, Unmaskings());
        Assert.Contains(detail.GetProperty("audit").EnumerateArray(), a => a.GetProperty("action").GetString() == "reporters_unmasked");
    }

    /// <summary>A store of its own: the class's world has only a harassment case, which the police never see.</summary>
    [Fact]
    public async Task A_police_liaison_reads_fraud_cases_only_and_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await TestApi.StartAsync();
        var accounts = api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", World.Password, AccessRole.Analyst, cancellationToken: ct);
        await accounts.CreateUserAsync("police", World.Password, AccessRole.PoliceLiaison, cancellationToken: ct);
        var (_, formKey) = await accounts.CreateKeyAsync("web-form", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: ct);
        using var form = api.WithKey(formKey);
        using var analyst = await api.SignInAsync("ana", World.Password);
        async Task<long> RoutedCaseAsync(string target, string category)
        {
            var created = await form.PostAsJsonAsync("/api/v1/reports", new { target, category, reporterPhone = World.ReporterPhones[0] }, ct);
            var id = (await created.Content.ReadFromJsonAsync<ReportReceiptBody>(ct))!.CaseId;
            (await analyst.PostAsJsonAsync($"/api/v1/cases/{id}/verify", new { reason = "credible" }, ct)).EnsureSuccessStatusCode();
            (await analyst.PostAsJsonAsync($"/api/v1/cases/{id}/route", new { reason = "route" }, ct)).EnsureSuccessStatusCode();
            return id;
        }

        var fraud = await RoutedCaseAsync("139 1234 5678", "fraud");
        var harassment = await RoutedCaseAsync("139 8765 4321", "harassment");
        using var police = await api.SignInAsync("police", World.Password);

        var queue = await police.GetFromJsonAsync<JsonElement[]>("/api/v1/cases", ct);
        var seen = await police.GetAsync($"/api/v1/cases/{fraud}", ct);
        var hidden = await police.GetAsync($"/api/v1/cases/{harassment}", ct);
        var reject = await police.PostAsJsonAsync($"/api/v1/cases/{fraud}/reject", new { reason = "not theirs to decide" }, ct);
        var action = await police.PostAsJsonAsync($"/api/v1/cases/{fraud}/actions", new { kind = "warning", reason = "not theirs to act" }, ct);
        var unmask = await police.GetAsync($"/api/v1/cases/{fraud}?unmask=true", ct);

        Assert.Equal(fraud, Assert.Single(queue!).GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reject.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, action.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unmask.StatusCode);
        await using var db = api.Open();
        Assert.Equal(CaseState.Forwarded, (await db.Cases.SingleAsync(c => c.Id == fraud, ct)).State);
    }

    [Fact]
    public async Task Another_carriers_operator_sees_neither_the_case_nor_it_in_the_queue()
    {
        var ct = TestContext.Current.CancellationToken;
        var unicom = world.Client(Identity.UnicomOperator);

        var queue = await unicom.GetFromJsonAsync<JsonElement[]>("/api/v1/cases", ct);
        var action = await unicom.PostAsJsonAsync($"/api/v1/cases/{world.CaseId}/actions", new { kind = "warning", reason = "not ours" }, ct);

        Assert.Empty(queue!);
        Assert.Equal(HttpStatusCode.NotFound, action.StatusCode);
        Assert.Equal(CaseState.Forwarded, (await world.Api.Open().Cases.SingleAsync(c => c.Id == world.CaseId, ct)).State);
    }

    [Theory]
    [InlineData("state=forwarded", 1)]
    [InlineData("state=received", 0)]
    [InlineData("after=1&size=10", 0)]
    public async Task The_queue_filters_by_state_and_pages_by_id(string query, int expected)
    {
        var queue = await world.Client(Identity.Analyst).GetFromJsonAsync<JsonElement[]>($"/api/v1/cases?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(expected, queue!.Length);
    }

    [Theory]
    [InlineData("state=open", "state")]
    [InlineData("size=0", "size")]
    [InlineData("size=1000", "size")]
    public async Task A_bad_queue_query_is_refused_naming_the_field(string query, string field)
    {
        var response = await world.Client(Identity.Analyst).GetAsync($"/api/v1/cases?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_case_carriers_operator_finds_it_in_the_queue()
    {
        var queue = await world.Client(Identity.MobileOperator).GetFromJsonAsync<JsonElement[]>("/api/v1/cases", TestContext.Current.CancellationToken);

        Assert.Equal(world.CaseId, Assert.Single(queue!).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task An_illegal_transition_is_a_conflict_that_names_the_possible_moves()
    {
        var response = await world.Client(Identity.Analyst).PostAsJsonAsync($"/api/v1/cases/{world.CaseId}/verify", new { reason = "again" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("possible:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"restrict_outbound","reason":"no days"}""", "days")]
    [InlineData("""{"kind":"warning","days":0,"reason":"zero days"}""", "days")]
    [InlineData("""{"kind":"shout","reason":"unknown kind"}""", "kind")]
    [InlineData("""{"kind":"warning"}""", "reason")]
    [InlineData("""{"kind":"warning","reason":123}""", "reason")]
    [InlineData("""{"kind":"warning","days":"thirty","reason":"x"}""", "days")]
    [InlineData("""{"kind":"warning",""", "body")]
    [InlineData("[]", "body")]
    [InlineData("", "body")]
    [InlineData("""{"kind":"warning","reason":"warned \u2066hidden\u2069"}""", "reason")]
    public async Task A_bad_carrier_action_is_refused_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await world.Client(Identity.MobileOperator).PostAsync($"/api/v1/cases/{world.CaseId}/actions", content, TestContext.Current.CancellationToken);

        var status = (int)response.StatusCode;
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(status is 400 or 422, $"status {status}");
        if (status == 400)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
        else
        {
            Assert.Equal("InvalidAction", problem.GetProperty("title").GetString());
        }
    }

    [Theory]
    [InlineData("verify", """{"reason":"   "}""", "reason")]
    [InlineData("route", """{"reason":"x","carrier":"vodafone"}""", "carrier")]
    [InlineData("merge", """{"reason":"x"}""", "into")]
    [InlineData("merge", """{"reason":"x","into":"seven"}""", "into")]
    [InlineData("resolve", """{"reason":"x"}""", "upheld")]
    [InlineData("reject", """{"reason":null}""", "reason")]
    [InlineData("dispute", """{"reason":"x""", "reason")]
    [InlineData("close", "\"just a string\"", "body")]
    [InlineData("verify", """{"reason":"credible \u202Eexe.gpj"}""", "reason")]
    [InlineData("reject", """{"reason":"spam\u001B[2J"}""", "reason")]
    [InlineData("dispute", """{"reason":"holder\u200Bappeals"}""", "reason")]
    public async Task A_bad_transition_is_refused_naming_the_field(string action, string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await world.Client(Identity.Analyst).PostAsync($"/api/v1/cases/{world.CaseId}/{action}", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    /// <summary>Issue #9 item 3: a mail address whose local part is a phone number shows no digits to a carrier.</summary>
    [Fact]
    public async Task A_reporter_who_mailed_from_their_phone_number_is_masked_for_the_carrier_and_shown_to_the_analyst_who_unmasks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await TestApi.StartAsync();
        var accounts = api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", World.Password, AccessRole.Analyst, cancellationToken: ct);
        await accounts.CreateUserAsync("cmcc", World.Password, AccessRole.CarrierOperator, Core.Numbers.Carrier.ChinaMobile, cancellationToken: ct);
        var (_, formKey) = await accounts.CreateKeyAsync("mail-gateway", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: ct);
        using var form = api.WithKey(formKey);
        using var analyst = await api.SignInAsync("ana", World.Password);
        var created = await form.PostAsJsonAsync("/api/v1/reports", new { target = "139 1234 5678", category = "harassment", reporterIdentity = "13987654321@139.com" }, ct);
        var id = (await created.Content.ReadFromJsonAsync<ReportReceiptBody>(ct))!.CaseId;
        (await analyst.PostAsJsonAsync($"/api/v1/cases/{id}/verify", new { reason = "credible" }, ct)).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"/api/v1/cases/{id}/route", new { reason = "route" }, ct)).EnsureSuccessStatusCode();
        using var carrier = await api.SignInAsync("cmcc", World.Password);

        var masked = await carrier.GetStringAsync($"/api/v1/cases/{id}", ct);
        var unmasked = await analyst.GetStringAsync($"/api/v1/cases/{id}?unmask=true", ct);

        Assert.DoesNotContain("13987654321", masked, StringComparison.Ordinal);
        Assert.Contains("***@139.com", masked, StringComparison.Ordinal);
        Assert.Contains("13987654321@139.com", unmasked, StringComparison.Ordinal);
    }
}
