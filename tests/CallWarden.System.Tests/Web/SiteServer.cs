using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Web;

/// <summary>
/// The one <c>callwarden serve --db &lt;fresh SQLite&gt;</c> the web tests share, on a loopback port no other
/// system test uses. Started on first use; restarted (with a fresh store) only when a test asks for other
/// arguments or environment, or for a fresh store. The web tests run one at a time, so one port is enough.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    public const int Port = 18480;

    private CallWardenServer? _server;
    private string _configuration = string.Empty;

    /// <summary>An address on the server, e.g. <c>SiteServer.Url("/")</c>.</summary>
    internal static Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>The running server with exactly these <c>serve</c> arguments and environment variables.</summary>
    /// <param name="arguments">After <c>serve --db … --urls …</c>, e.g. <c>["--demo"]</c>.</param>
    /// <param name="environment">e.g. <c>Web__Verification__ShowCodes=true</c>.</param>
    /// <param name="fresh">Restart on an empty store even when the configuration is the same.</param>
    internal async Task<CallWardenServer> StartAsync(
        IReadOnlyList<string>? arguments = null, IReadOnlyDictionary<string, string>? environment = null, bool fresh = false)
    {
        arguments ??= [];
        environment ??= new Dictionary<string, string>();
        var configuration = string.Join('\n', [.. arguments, "--env", .. environment.Select(e => $"{e.Key}={e.Value}").Order(StringComparer.Ordinal)]);
        if (_server is not null && !fresh && configuration == _configuration)
        {
            return _server;
        }

        await StopAsync();
        var server = new CallWardenServer(Port, arguments, environment);
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        (_server, _configuration) = (server, configuration);
        return server;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }
}
