using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace CallWarden.System.Tests.Components;

/// <summary>
/// The real <c>callwarden</c> executable (copied beside the tests by the project reference), serving
/// a fresh SQLite store (or a given PostgreSQL database) on a fixed loopback port; CLI verbs run against the same store.
/// </summary>
internal sealed class CallWardenServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-system-").FullName;
    private readonly IReadOnlyList<string> _arguments;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string? _database;
    private RunningProcess? _process;

    /// <param name="port">The loopback port it listens on.</param>
    /// <param name="arguments">More <c>serve</c> options, e.g. <c>--demo</c>.</param>
    /// <param name="environment">Configuration through the environment, e.g. <c>Web__Verification__ShowCodes=true</c>.</param>
    /// <param name="database">A PostgreSQL connection string several nodes share; a fresh SQLite file when null.</param>
    public CallWardenServer(int port, IReadOnlyList<string>? arguments = null, IReadOnlyDictionary<string, string>? environment = null, string? database = null)
    {
        _database = database;
        Port = port;
        _arguments = arguments ?? [];
        _environment = environment ?? new Dictionary<string, string>();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public string Database => _database ?? Path.Combine(_folder, "callwarden.db");

    public string Log => _process?.Output ?? string.Empty;

    private static string Executable => Path.Combine(AppContext.BaseDirectory, "callwarden");

    /// <summary>Starts serving; after <see cref="Kill"/> it starts again on the same store and port.</summary>
    public async Task StartAsync()
    {
        _process?.Dispose();
        await WaitForFreePortAsync();
        _process = RunningProcess.Start(
            Executable, ["serve", "--db", Database, "--urls", $"http://127.0.0.1:{Port}", .. _arguments], _folder, _environment.ToDictionary());
        await _process.WaitUntilAsync(
            async () =>
            {
                try
                {
                    return (await Http.GetAsync("/readyz")).IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(90),
            "callwarden serve");
    }

    /// <summary>
    /// The port must be free before the server starts: else the readiness probe below would be answered
    /// by whatever holds it (a <c>callwarden serve</c> left over from an interrupted run) and the test would
    /// talk to that server, failing far from the cause (401 for a key the other store never had).
    /// </summary>
    private async Task WaitForFreePortAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                probe.Bind(new IPEndPoint(IPAddress.Loopback, Port));
                return;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(100); // a process that was just killed may still hold it for a moment
            }
            catch (SocketException e)
            {
                Assert.Fail($"port {Port} is held by another process ({e.SocketErrorCode}); a callwarden serve left over from an interrupted run? (pkill -f 'callwarden serve')");
            }
        }
    }

    /// <summary>Runs a CLI verb against the same store and returns its standard output.</summary>
    public async Task<string> CliAsync(params string[] arguments)
    {
        var (exit, output) = await RunningProcess.RunAsync(Executable, [.. arguments, "--db", Database], TimeSpan.FromSeconds(60), _folder);
        Assert.True(exit == 0, $"callwarden {string.Join(' ', arguments)} exited {exit}:\n{output}");
        return output;
    }

    /// <summary>A new API key (the secret is the first line the verb prints).</summary>
    public Task<string> KeyAsync(string name, string role, string[] scopes, string? carrier = null) => CliKeys.CreateAsync(CliAsync, name, role, scopes, carrier);

    public async Task<JsonElement> PostAsync(string key, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Kill() => _process?.Kill();

    /// <summary>How many calls this node has screened: the sum of <c>callwarden_screening_decisions</c> on its <c>/metrics</c>.</summary>
    public async Task<long> ScreenedAsync()
    {
        var text = await Http.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => line.StartsWith("callwarden_screening_decisions", StringComparison.Ordinal) && !line.StartsWith("callwarden_screening_decisions_created", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0]) // "name{labels} value [timestamp]"
            .Sum(value => (long)double.Parse(value, global::System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        _process?.Dispose();
        Http.Dispose();
        await Task.Run(() => Directory.Delete(_folder, recursive: true));
    }

    /// <summary>
    /// A server answers its first screenings slowly while .NET compiles the path (seconds on a loaded CI
    /// machine), past Kamailio's 1 s budget, which then fails open: a node in service is warm, so a test
    /// that puts Kamailio in front warms it first with a few screenings of numbers the test never uses.
    /// </summary>
    public async Task WarmScreeningAsync(string screenKey)
    {
        for (var i = 0; i < 5; i++)
        {
            await ScreenAsync(screenKey, "13800000999", "13900000999");
        }
    }

    /// <summary>Asks <c>POST /api/v1/screen</c> as Kamailio does; returns the answer's action (allow, reject, …).</summary>
    public async Task<string> ScreenAsync(string screenKey, string caller, string callee)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/screen") { Content = JsonContent.Create(new { caller, callee }) };
        request.Headers.Add("X-Api-Key", screenKey);
        using var answer = await Http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetString() ?? string.Empty;
    }
}
