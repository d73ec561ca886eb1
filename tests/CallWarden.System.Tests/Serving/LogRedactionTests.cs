using System.Net.Http.Json;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Serving;

/// <summary>
/// Issue #9 item 3: with every request logged (Information), a run that takes an SMS report with
/// Kannel's secret, looks numbers up, files reports, edits rules, screens a call and is probed and
/// scraped (issue #12 part 5) leaves neither the secret nor a reporter's or subscriber's number in
/// the log or in the metrics.
/// </summary>
public sealed class LogRedactionTests
{
    private const int Port = 24680;
    private const string Secret = "log-test-kannel-secret-7Q2";
    private const string SmsReporter = "13611112222";
    private const string ApiReporter = "13733334444";
    private const string MailReporter = "13855556666";
    private const string Subscriber = "13966667777";
    private const string LookedUp = "13177778888";

    [Fact]
    public async Task A_full_run_logged_at_Information_holds_no_secret_and_no_reporters_number()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new CallWardenServer(Port, environment: new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
            // Every request, not the default sample of one in 100, so that every path is in the log to search.
            ["Web__AccessLogEvery"] = "1",
            ["Channels__Sms__Enabled"] = "true",
            ["Channels__Sms__Secret"] = Secret,
            ["Channels__Sms__SendSmsUrl"] = "http://127.0.0.1:9/cgi-bin/sendsms",
            ["Channels__Sms__Username"] = "callwarden",
            ["Channels__Sms__Password"] = "log-test-sendsms-password",
            ["Channels__Sms__PollInterval"] = "00:00:00.200",
            ["Channels__Sms__FirstRetryDelay"] = "00:00:00.200",
            ["Channels__Sms__SendTimeout"] = "00:00:01",
        });
        await server.StartAsync();
        var key = await server.KeyAsync("everything", "admin", ["reports:write", "cases:read", "rules", "screen", "stats:read"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);

        var sms = await http.GetAsync($"/sms/mo?secret={Secret}&from=%2B86{SmsReporter}&to=12321&text={Uri.EscapeDataString("13912345678*昨天下午3点")}&id=mo-1", ct);
        var lookup = await http.GetAsync($"/api/v1/numbers/%2B86{LookedUp}", ct);
        var page = await http.GetAsync($"/numbers/{LookedUp}", ct);
        var report = await http.PostAsJsonAsync("/api/v1/reports", new { target = "13912345678", category = "harassment", reporterPhone = ApiReporter }, ct);
        var mailed = await http.PostAsJsonAsync("/api/v1/reports", new { target = "13912345678", category = "marketing", reporterIdentity = MailReporter + "@139.com" }, ct);
        var entry = await http.PostAsJsonAsync($"/api/v1/subscribers/{Subscriber}/rules/entries", new { pattern = "0755*", effect = "block", disposition = "reject" }, ct);
        var rules = await http.GetAsync($"/api/v1/subscribers/%2B86{Subscriber}/rules", ct);
        var nowhere = await http.GetAsync($"/no/such/{Subscriber}?phone={ApiReporter}&secret={Secret}", ct);
        var screened = await http.PostAsJsonAsync("/api/v1/screen", new { caller = "+86" + LookedUp, callee = "+86" + Subscriber, attest = "A", callid = "log-1", src = "127.0.0.1", presentation = "allowed" }, ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // the outbox tries to answer the SMS and fails: Kannel is not there
        var live = await http.GetAsync("/healthz", ct);
        var ready = await http.GetAsync("/readyz", ct);
        var metrics = await http.GetStringAsync("/metrics", ct); // from 127.0.0.1: allowed without the metrics scope

        var log = server.Log;
        Assert.True(sms.IsSuccessStatusCode, $"MO answered {(int)sms.StatusCode}");
        Assert.True(lookup.IsSuccessStatusCode && page.IsSuccessStatusCode && report.IsSuccessStatusCode && mailed.IsSuccessStatusCode, log);
        Assert.True(entry.IsSuccessStatusCode && rules.IsSuccessStatusCode, $"{(int)entry.StatusCode} {(int)rules.StatusCode}: {await entry.Content.ReadAsStringAsync(ct)}");
        Assert.True(screened.IsSuccessStatusCode && live.IsSuccessStatusCode && ready.IsSuccessStatusCode, $"screen {(int)screened.StatusCode}, healthz {(int)live.StatusCode}, readyz {(int)ready.StatusCode}");
        Assert.Contains("callwarden_screening_decisions_total", metrics, StringComparison.Ordinal);
        foreach (var secret in new[] { Secret, "log-test-sendsms-password", SmsReporter, ApiReporter, MailReporter, Subscriber, LookedUp })
        {
            Assert.False(log.Contains(secret, StringComparison.Ordinal), $"the log holds {secret}:\n{log}");
            Assert.False(metrics.Contains(secret, StringComparison.Ordinal), $"the metrics hold {secret}:\n{metrics}");
        }

        Assert.Contains("/readyz", log, StringComparison.Ordinal);

        Assert.Contains("/api/v1/subscribers/{number}/rules", log, StringComparison.Ordinal);
        Assert.Equal(404, (int)nowhere.StatusCode);
        Assert.Contains("answered 404", log, StringComparison.Ordinal);
    }
}
