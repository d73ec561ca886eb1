using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Serving;

/// <summary>Issue #12: serve does not write lines per request unless configured to.</summary>
public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Serve_writes_no_line_per_request_by_default_and_does_when_configured()
    {
        var quiet = await LogAfterRequestsAsync(18680, null);
        var verbose = await LogAfterRequestsAsync(18681, new Dictionary<string, string> { ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information", ["Web__AccessLogEvery"] = "1" });
        var sampled = await LogAfterRequestsAsync(18682, new Dictionary<string, string> { ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information" });

        Assert.DoesNotContain("answered 200", quiet, StringComparison.Ordinal);
        Assert.Contains("callwarden: serving", quiet, StringComparison.Ordinal);
        Assert.Equal(10, CountOf("GET / answered 200", verbose));
        // One successful request in Web:AccessLogEvery (100) by default: the readiness probes and the ten pages make fewer than 100.
        Assert.Equal(1, CountOf(" answered 200", sampled));
    }

    private static int CountOf(string text, string log) => (log.Length - log.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;

    private static async Task<string> LogAfterRequestsAsync(int port, IReadOnlyDictionary<string, string>? environment)
    {
        await using var server = new CallWardenServer(port, environment: environment);
        await server.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            (await server.Http.GetAsync("/", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        await Task.Delay(200, TestContext.Current.CancellationToken);
        return server.Log;
    }
}
