using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Reports;

/// <summary>An idempotency key is its client's own: it repeats a report, never swallows another client's (issue #9 part 2).</summary>
public sealed class ReportIdempotencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_clients_sending_one_key_at_once_file_two_reports()
    {
        await using var api = await TestApi.StartAsync();
        var accounts = api.Get<AccessAccounts>();
        var (_, one) = await accounts.CreateKeyAsync("gateway", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        var (_, two) = await accounts.CreateKeyAsync("gateway", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        using var first = api.WithKey(one);
        using var second = api.WithKey(two);

        var responses = await Task.WhenAll(
            first.PostAsJsonAsync("/api/v1/reports", new { target = "13912345678", reporterPhone = "13800138001", idempotencyKey = "msg-1" }, Ct),
            second.PostAsJsonAsync("/api/v1/reports", new { target = "13912345679", reporterPhone = "13800138002", idempotencyKey = "msg-1" }, Ct));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var references = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<ReportReceiptBody>(Ct))!.Reference));
        Assert.NotEqual(references[0], references[1]);
        await using var db = api.Open();
        Assert.Equal(2, await db.Reports.CountAsync(Ct));
    }

    [Fact]
    public async Task The_same_key_with_another_report_is_a_conflict_naming_the_key_and_the_same_report_is_a_replay()
    {
        await using var api = await TestApi.StartAsync();
        var (_, key) = await api.Get<AccessAccounts>().CreateKeyAsync("gateway", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        using var client = api.WithKey(key);
        var report = new { target = "13912345678", reporterPhone = "13800138001", reason = "推销", idempotencyKey = "msg-2" };

        using var created = await client.PostAsJsonAsync("/api/v1/reports", report, Ct);
        using var replay = await client.PostAsJsonAsync("/api/v1/reports", report, Ct);
        using var conflict = await client.PostAsJsonAsync("/api/v1/reports", report with { reason = "诈骗" }, Ct);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, replay.StatusCode));
        Assert.Equal((await created.Content.ReadFromJsonAsync<ReportReceiptBody>(Ct))!.Reference, (await replay.Content.ReadFromJsonAsync<ReportReceiptBody>(Ct))!.Reference);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        var problem = await conflict.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("idempotencyKey", out _), problem.ToString());
    }
}
