using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Sms;

/// <summary>
/// The SMS path on loopback: the fake SMSC ↔ Kannel (deploy/kannel/kannel.conf) ↔ <c>callwarden serve</c>
/// with the SMS channel on (GET /sms/mo in, sendsms out through the outbox).
/// </summary>
internal sealed class KannelSmsStack : IAsyncDisposable
{
    public const int CallWardenPort = 23080;
    public const string Secret = "system-test-kannel-secret";

    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-sms-system-").FullName;
    private RunningProcess? _callWarden;
    private string _bearerbox = string.Empty;
    private string _smsbox = string.Empty;

    public KannelGateway Kannel { get; } = new();

    public KannelFakeSmsc Phones { get; private set; } = new();

    public string Log => $"{Kannel.Log}\n--- callwarden ---\n{Tail(_callWarden?.Output)}";

    /// <summary>Everything <c>callwarden serve</c> printed, from its start (the demo's staff passwords are in its first lines).</summary>
    public string ServerOutput => _callWarden?.Output ?? string.Empty;

    /// <param name="arguments">More <c>serve</c> arguments, e.g. <c>["--demo"]</c> for the demo's staff.</param>
    public static async Task<KannelSmsStack> StartAsync(IReadOnlyList<string>? arguments = null)
    {
        var stack = new KannelSmsStack
        {
            _bearerbox = RequiredTool.Find("bearerbox", "kannel kannel-extras"),
            _smsbox = RequiredTool.Find("smsbox", "kannel kannel-extras"),
        };
        stack.Kannel.WriteConfig(CallWardenPort, Secret);
        await stack.StartCallWardenAsync(arguments ?? []);
        await stack.Kannel.StartAsync(stack._bearerbox, stack._smsbox);
        await stack.Phones.ConnectAsync(TimeSpan.FromSeconds(10));
        return stack;
    }

    /// <summary>Kannel down: the phones' connection goes with bearerbox.</summary>
    public async Task StopKannelAsync()
    {
        await Phones.DisposeAsync();
        await Kannel.StopAsync();
    }

    public async Task StartKannelAgainAsync()
    {
        await Kannel.StartAsync(_bearerbox, _smsbox);
        Phones = new KannelFakeSmsc();
        await Phones.ConnectAsync(TimeSpan.FromSeconds(10));
    }

    public async Task<string> CliAsync(params string[] arguments)
    {
        var (exit, output) = await RunningProcess.RunAsync(Executable, [.. arguments, "--db", Database], TimeSpan.FromSeconds(60), _folder);
        Assert.True(exit == 0, $"callwarden {string.Join(' ', arguments)} exited {exit}:\n{output}");
        return output;
    }

    public Task<string> KeyAsync(string name, string role, string[] scopes, string? carrier = null) => CliKeys.CreateAsync(CliAsync, name, role, scopes, carrier);

    /// <summary>The API's answer to <paramref name="path"/> for the holder of <paramref name="key"/>.</summary>
    public async Task<JsonElement> ApiAsync(string key, HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{CallWardenPort}"), Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Phones.DisposeAsync();
        Kannel.Dispose();
        _callWarden?.Dispose();
        await Task.Run(() => Directory.Delete(_folder, recursive: true));
    }

    private string Database => Path.Combine(_folder, "callwarden.db");

    private static string Executable => Path.Combine(AppContext.BaseDirectory, "callwarden");

    private async Task StartCallWardenAsync(IReadOnlyList<string> arguments)
    {
        var settings = new Dictionary<string, string>
        {
            ["Channels__Sms__Enabled"] = "true",
            ["Channels__Sms__Secret"] = Secret,
            ["Channels__Sms__AllowedAddresses__0"] = "127.0.0.1",
            ["Channels__Sms__SendSmsUrl"] = $"http://127.0.0.1:{KannelGateway.SendSmsPort}/cgi-bin/sendsms",
            ["Channels__Sms__Username"] = "callwarden",
            ["Channels__Sms__Password"] = KannelGateway.SendSmsPassword,
            ["Channels__Sms__DeliveryReportUrl"] = $"http://127.0.0.1:{CallWardenPort}/sms/dlr",
            ["Channels__Sms__PollInterval"] = "00:00:00.500",
            ["Channels__Sms__FirstRetryDelay"] = "00:00:01",
            ["Channels__Sms__MaxRetryDelay"] = "00:00:02",
            ["Channels__Sms__SendTimeout"] = "00:00:03",
        };
        _callWarden = RunningProcess.Start(Executable, ["serve", "--db", Database, "--urls", $"http://127.0.0.1:{CallWardenPort}", .. arguments], _folder, settings);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{CallWardenPort}"), Timeout = TimeSpan.FromSeconds(5) };
        await _callWarden.WaitUntilAsync(
            async () =>
            {
                try
                {
                    return (await http.GetAsync("/readyz")).IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(90),
            "callwarden serve");
    }

    private static string Tail(string? log) => log is null ? string.Empty : log.Length <= 4000 ? log : log[^4000..];
}
