using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Access;

namespace CallWarden.Web.Tests.Reports;

public sealed class ReportsApiTests(World world) : IClassFixture<World>
{
    private static readonly Dictionary<string, string?> Tight = new()
    {
        ["ReporterLimits:ReportsPerHour"] = "2",
        ["Web:LookupsPerMinutePerAddress"] = "3",
    };

    [Fact]
    public async Task A_call_whose_number_was_not_shown_is_filed_by_the_line_it_rang_and_the_case_says_so()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await world.Client(Identity.ClientKey).PostAsJsonAsync(
            "/api/v1/reports",
            new { target = "未显示号码", calledNumber = "139 0000 7777", occurredAt = TestApi.Start.AddHours(-1), reporterPhone = "13800138077", category = "harassment" },
            ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = (await created.Content.ReadFromJsonAsync<ReportReceiptBody>(ct))!;

        var found = await world.Client(Identity.Analyst).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{receipt.CaseId}", ct);

        var summary = found.GetProperty("case");
        Assert.True(summary.GetProperty("callerWithheld").GetBoolean());
        Assert.Equal("+8613900007777", summary.GetProperty("calledNumber").GetString());
        Assert.Equal("china_mobile", summary.GetProperty("carrier").GetString());
        Assert.Equal("", summary.GetProperty("number").GetString());
    }

    [Theory]
    [InlineData("", "body")]
    [InlineData("null", "body")]
    [InlineData("{", "body")]
    [InlineData("{}", "target")]
    [InlineData("""{"target": 13912345678, "reporterPhone": "13800138009"}""", "target")]
    [InlineData("""{"target": "13912345678", "reporterPhone": "13800138009", "proofOfCall": "yes"}""", "proofOfCall")]
    [InlineData("""{"target": "13912345678", "reporterPhone": "13800138009", "occurredAt": "yesterday"}""", "occurredAt")]
    [InlineData("""{"target": "not a number", "reporterPhone": "13800138009"}""", "target")]
    [InlineData("""{"target": "110", "reporterPhone": "13800138009"}""", "target")]
    [InlineData("""{"target": "13912345678", "reporterPhone": "13800138009", "category": "骚扰"}""", "category")]
    [InlineData("""{"target": "13912345678", "reporterPhone": "13800138009", "reason": "推銷\u0007保險"}""", "reason")]
    [InlineData("""{"target": "13912345678", "reporterPhone": "13800138009", "reason": "\u202Egnilleseledils\u202C"}""", "reason")]
    [InlineData("""{"target": "13912345678<script>alert(1)</script>", "reporterPhone": "13800138009"}""", "target")]
    [InlineData("""{"target": "13912345678", "reporterPhone": "'; DROP TABLE reports; --"}""", "reporterPhone")]
    [InlineData("""{"target": "13912345678"}""", "reporterIdentity")]
    [InlineData("""{"target": "13912345678", "reporterPhone": "13800138009", "idempotencyKey": "has spaces in it"}""", "idempotencyKey")]
    [InlineData("""{"target": "anonymous", "reporterPhone": "13800138009", "occurredAt": "2026-11-30T01:00:00Z"}""", "calledNumber")]
    [InlineData("""{"target": "未显示号码", "reporterPhone": "13800138009", "calledNumber": "010-62345678"}""", "occurredAt")]
    [InlineData("""{"target": "匿名", "reporterPhone": "13800138009", "occurredAt": "2026-11-30T01:00:00Z", "calledNumber": "<b>010</b>"}""", "calledNumber")]
    public async Task A_bad_report_is_refused_naming_each_bad_field(string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await world.Client(Identity.ClientKey).PostAsync("/api/v1/reports", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_huge_report_is_refused_as_too_large()
    {
        var body = JsonSerializer.Serialize(new { target = World.Number, reporterPhone = "13800138009", content = new string('騷', 100_000) });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await world.Client(Identity.ClientKey).PostAsync("/api/v1/reports", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_huge_report_without_a_declared_length_is_refused_while_read()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { target = World.Number, reporterPhone = "13800138009", content = new string('x', 200_000) }));
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await world.Client(Identity.ClientKey).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Mixed_script_text_is_accepted_and_the_same_key_twice_is_one_report()
    {
        var ct = TestContext.Current.CancellationToken;
        var report = new { target = "１３９-１２３４-５６７８", category = "finance", reporterPhone = "+86 138 0013 8010", reason = "「您已獲得貸款額度」loan 贷款 😀", idempotencyKey = "gateway-msg-42" };

        var first = await world.Client(Identity.ClientKey).PostAsJsonAsync("/api/v1/reports", report, ct);
        var again = await world.Client(Identity.ClientKey).PostAsJsonAsync("/api/v1/reports", report, ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (a, b) = (await first.Content.ReadFromJsonAsync<ReportReceiptBody>(ct), await again.Content.ReadFromJsonAsync<ReportReceiptBody>(ct));
        Assert.Equal(a, b);
        Assert.Equal(world.CaseId, a!.CaseId);
        Assert.EndsWith($"/api/v1/reports/{a.Reference}", first.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reporter_sees_their_report_signed_in_and_a_phone_alone_shows_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var anonymous = world.Client(Identity.Anonymous);

        var own = await world.Client(Identity.Reporter).GetFromJsonAsync<JsonElement>($"/api/v1/reports/{world.Reference}", ct);
        var byPhone = await anonymous.GetAsync($"/api/v1/reports/{world.Reference}?phone=138-0013-8001", ct);
        var stranger = await anonymous.GetAsync($"/api/v1/reports/{world.Reference}?phone=13800138002", ct);
        var unknown = await anonymous.GetAsync("/api/v1/reports/R20261130-999999?phone=13800138001", ct);

        Assert.Equal("138****8001", own.GetProperty("reporter").GetString());
        Assert.Equal("+8613912345678", own.GetProperty("target").GetString());
        Assert.Equal(HttpStatusCode.NotFound, byPhone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task One_reporter_is_limited_per_hour_whichever_client_carries_the_reports()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await TestApi.StartAsync(Tight);
        var accounts = api.Get<AccessAccounts>();
        var (_, one) = await accounts.CreateKeyAsync("gateway-1", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: ct);
        var (_, two) = await accounts.CreateKeyAsync("gateway-2", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: ct);
        using var first = api.WithKey(one);
        using var second = api.WithKey(two);

        var statuses = new List<HttpStatusCode>();
        foreach (var (client, target) in new[] { (first, "13912345671"), (second, "13912345672"), (first, "13912345673") })
        {
            var response = await client.PostAsJsonAsync("/api/v1/reports", new { target, reporterPhone = "13800138001" }, ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
            }
        }

        var other = await second.PostAsJsonAsync("/api/v1/reports", new { target = "13912345674", reporterPhone = "13800138002" }, ct);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [Fact]
    public async Task Public_lookups_are_limited_per_address_with_retry_after()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await TestApi.StartAsync(Tight);
        using var client = api.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync($"/api/v1/numbers/{World.Number}", ct)).StatusCode);
        }

        var refused = await client.GetAsync($"/api/v1/numbers/{World.Number}", ct);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null || refused.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }
}
