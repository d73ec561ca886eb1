using System.Net;
using System.Net.Http.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;

namespace CallWarden.Web.Tests.Operations;

/// <summary><c>/metrics</c> through HTTP: what it shows, what it never shows, and who may read it (issue #12 part 5).</summary>
public sealed class MetricsTests
{
    private const string Callee = "13912340001";
    private const string Caller = "13800001111";
    private const string Target = "13955552222";
    private const string Reporter = "13766663333";
    private static readonly IPAddress Outsider = IPAddress.Parse("203.0.113.7");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_screen_calls_and_a_report_the_metrics_count_decisions_by_action_and_rule_and_intake_batches()
    {
        await using var api = await TestApi.StartAsync();
        await TrafficAsync(api);
        using var local = api.From(IPAddress.Loopback);

        var response = await local.GetAsync("/metrics", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("""callwarden_screening_decisions_total\{[^}]*action="allow"[^}]*rule="default"[^}]*\} \d""", text);
        Assert.Matches("""callwarden_screening_decisions_total\{[^}]*action="allow"[^}]*rule="emergency"[^}]*\} \d""", text);
        Assert.Matches("""callwarden_screening_decision_duration_seconds_bucket\{[^}]*le="0.001"[^}]*\} \d""", text);
        Assert.Matches("""callwarden_intake_batch_size_bucket\{[^}]*le="1"[^}]*\} [1-9]""", text);
        foreach (var gauge in new[] { "callwarden_intake_queue_depth", "callwarden_outbox_depth", "callwarden_outbox_oldest_age_seconds", "callwarden_feed_lag_seconds", "callwarden_feed_behind", "callwarden_snapshot_version", "callwarden_snapshot_numbers", "callwarden_snapshot_size_bytes" })
        {
            Assert.True(text.Contains(gauge, StringComparison.Ordinal), text);
        }

        foreach (var part in new[] { "index", "table", "registry" })
        {
            Assert.Matches($$"""callwarden_snapshot_size_bytes\{[^}]*part="{{part}}"[^}]*\} \d""", text);
        }

        Assert.Matches("""dotnet_gc_last_collection_heap_size_bytes\{[^}]*\} \d""", text);
    }

    [Fact]
    public async Task The_metrics_hold_no_phone_number_of_the_requests_made()
    {
        await using var api = await TestApi.StartAsync();
        await TrafficAsync(api);
        using var local = api.From(IPAddress.Loopback);

        var text = await local.GetStringAsync("/metrics", Ct);

        Assert.Contains("callwarden_screening_decisions_total", text, StringComparison.Ordinal);
        foreach (var number in new[] { Callee, Caller, Target, Reporter })
        {
            Assert.DoesNotContain(number, text, StringComparison.Ordinal);
            Assert.DoesNotContain(number[3..], text, StringComparison.Ordinal); // nor its last eight digits in another form
        }
    }

    [Fact]
    public async Task From_another_address_metrics_take_a_key_with_the_metrics_scope()
    {
        await using var api = await TestApi.StartAsync();
        var accounts = api.Get<AccessAccounts>();
        var (_, scraper) = await accounts.CreateKeyAsync("prometheus", AccessRole.Client, [Scopes.Metrics], cancellationToken: Ct);
        var (_, other) = await accounts.CreateKeyAsync("kamailio", AccessRole.Administrator, [Scopes.Screen, Scopes.CasesRead], cancellationToken: Ct);
        using var anonymous = api.From(Outsider);
        using var withOtherKey = api.From(Outsider, other);
        using var withScope = api.From(Outsider, scraper);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await withOtherKey.GetAsync("/metrics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await withScope.GetAsync("/metrics", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_configured_network_may_scrape_without_a_key_and_loopback_then_may_not()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Metrics:AllowedAddresses:0"] = "203.0.113.0/24" });
        using var monitoring = api.From(Outsider);
        using var local = api.From(IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.OK, (await monitoring.GetAsync("/metrics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await local.GetAsync("/metrics", Ct)).StatusCode);
    }

    [Fact]
    public async Task With_metrics_off_the_path_is_not_served()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Metrics:Enabled"] = "false" });
        using var local = api.From(IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync("/metrics", Ct)).StatusCode);
    }

    /// <summary>Two screened calls (an unknown caller, an emergency number) and one report.</summary>
    private static async Task TrafficAsync(TestApi api)
    {
        var accounts = api.Get<AccessAccounts>();
        var (_, proxyKey) = await accounts.CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        var (_, formKey) = await accounts.CreateKeyAsync("form", AccessRole.Client, [Scopes.ReportsWrite], cancellationToken: Ct);
        using var proxy = api.WithKey(proxyKey);
        using var form = api.WithKey(formKey);
        foreach (var caller in new[] { Caller, "110" })
        {
            var screened = await proxy.PostAsJsonAsync("/api/v1/screen", new { caller, callee = Callee, attest = "A", callid = "c-" + caller, src = "10.0.0.1", presentation = "allowed" }, Ct);
            screened.EnsureSuccessStatusCode();
        }

        (await form.PostAsJsonAsync("/api/v1/reports", new { target = Target, category = "harassment", reporterPhone = Reporter }, Ct)).EnsureSuccessStatusCode();
    }
}
