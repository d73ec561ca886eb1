using System.Globalization;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Voice;

/// <summary>
/// The phone line as deploy/ ships it (issue #11): prompts rendered by the real <c>callwarden voice prompts</c>,
/// the real <c>callwarden serve</c> with <c>Channels__Voice__Enabled=true</c> loading them, and Kamailio with
/// deploy/kamailio/kamailio.cfg in front, routing the service numbers and the announced blocks to it.
/// Ports: Kamailio 24100 (its downstream 24110, never called), CallWarden HTTP 24150, the voice service 24180
/// with RTP 24200-24299.
/// </summary>
internal sealed class PhoneLine : IAsyncDisposable
{
    public const int KamailioPort = 24100;
    private const int VoicePort = 24180;

    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-phone-line-").FullName;
    private KamailioProxy? _proxy;

    private PhoneLine(string sipp)
    {
        Sipp = sipp;
        Prompts = Path.Combine(_folder, "prompts");
        string P(int n) => n.ToString(CultureInfo.InvariantCulture);
        Server = new CallWardenServer(24150, environment: new Dictionary<string, string>
        {
            ["Channels__Voice__Enabled"] = "true",
            ["Channels__Voice__Listen"] = $"127.0.0.1:{P(VoicePort)}",
            ["Channels__Voice__RtpPortMin"] = "24200",
            ["Channels__Voice__RtpPortMax"] = "24299",
            ["Channels__Voice__MaxCalls"] = "50",
            ["Channels__Voice__ReportLine__PromptFolder"] = Prompts,
        });
    }

    public string Sipp { get; }

    public CallWardenServer Server { get; }

    /// <summary>The folder the CLI rendered the prompts into and serve loaded them from.</summary>
    public string Prompts { get; }

    public string ScreenKey { get; private set; } = string.Empty;

    public string Logs => $"\n--- kamailio ---\n{Tail(_proxy?.Log ?? string.Empty)}\n--- callwarden ---\n{Tail(Server.Log)}";

    public static async Task<PhoneLine> StartAsync()
    {
        var kamailio = RequiredTool.Find("kamailio", "kamailio kamailio-utils-modules kamailio-json-modules");
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        RequiredTool.Find("espeak-ng", "espeak-ng");
        var line = new PhoneLine(sipp);
        try
        {
            var (exit, output) = await RunningProcess.RunAsync(
                Path.Combine(AppContext.BaseDirectory, "callwarden"), ["voice", "prompts", "--folder", line.Prompts], TimeSpan.FromSeconds(120), line._folder);
            Assert.True(exit == 0, "callwarden voice prompts failed:\n" + output);
            await line.Server.StartAsync();
            line.ScreenKey = await line.Server.KeyAsync("kamailio", "client", ["screen"]);
            await line.Server.WarmScreeningAsync(line.ScreenKey);
            line._proxy = new KamailioProxy(KamailioPort, KamailioPort + 10);
            await line._proxy.StartAsync(kamailio, [line.Server.Port], line.ScreenKey, [$"VOICE_DST=\"sip:127.0.0.1:{VoicePort}\""]);
            return line;
        }
        catch
        {
            await line.DisposeAsync(); // a failed start must not leave a server holding the test's ports
            throw;
        }
    }

    /// <summary>A rendered clip's G.711 bytes as the prompt folder holds them: <c>.ul</c> (PCMU) or <c>.al</c> (PCMA).</summary>
    public byte[] Clip(string language, string key, string law) => File.ReadAllBytes(Path.Combine(Prompts, language, $"{key}.{law}"));

    /// <summary>How long a rendered Mandarin clip speaks (8,000 one-byte samples a second).</summary>
    public double Seconds(string key) => new FileInfo(Path.Combine(Prompts, "zh-Hans", key + ".ul")).Length / 8000.0;

    public async ValueTask DisposeAsync()
    {
        _proxy?.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Tail(string log) => log.Length <= 4000 ? log : log[^4000..];
}
