namespace CallWarden.System.Tests.Components;

/// <summary>
/// Kamailio with the project's own <c>deploy/kamailio/kamailio.cfg</c>, asking the callee's CallWarden node
/// (dispatcher list file written here, one line per node) for every INVITE.
/// </summary>
internal sealed class KamailioProxy : IDisposable
{
    private readonly string _runtime = Directory.CreateTempSubdirectory("callwarden-kamailio-").FullName;
    private RunningProcess? _process;

    public KamailioProxy(int sipPort, int downstreamPort)
    {
        SipPort = sipPort;
        DownstreamPort = downstreamPort;
    }

    public int SipPort { get; }

    public int DownstreamPort { get; }

    public string Log => _process?.Output ?? string.Empty;

    public static string Config => Path.Combine(AppContext.BaseDirectory, "deploy", "kamailio", "kamailio.cfg");

    /// <param name="defines">
    /// More start-time settings (<c>NAME=value</c>), e.g. the voice service's <c>VOICE_DST</c>. Without them the
    /// voice routes are off (<c>VOICE_DST=""</c>): a test of screening alone must not depend on whether some
    /// other process happens to listen on the voice service's default port.
    /// </param>
    public async Task StartAsync(string kamailio, IReadOnlyList<int> nodePorts, string apiKey, IReadOnlyList<string>? defines = null)
    {
        defines ??= ["VOICE_DST=\"\""];
        var nodes = Path.Combine(_runtime, "callwarden-nodes.list");
        await File.WriteAllLinesAsync(nodes, nodePorts.Select(port => $"1 sip:127.0.0.1:{port}"));
        var nodesDefine = $"SCREEN_NODES=\"{nodes}\"";
        var (check, output) = await RunningProcess.RunAsync(kamailio, ["-c", "-f", Config, "-A", nodesDefine], TimeSpan.FromSeconds(30));
        Assert.True(check == 0, "kamailio.cfg does not pass kamailio -c:\n" + output);
        _process = RunningProcess.Start(kamailio,
        [
            "-f", Config, "-DD", "-E", "-Y", _runtime, "-m", "64", "-M", "8",
            "-A", $"SIP_LISTEN=udp:127.0.0.1:{SipPort}",
            "-A", nodesDefine,
            "-A", $"SCREEN_KEY=\"{apiKey}\"",
            "-A", $"UAS_DST=\"sip:127.0.0.1:{DownstreamPort}\"",
            .. defines.SelectMany(define => new[] { "-A", define }),
        ]);
        await _process.WaitUntilAsync(() => Task.FromResult(_process.Output.Contains("INFO: <core>", StringComparison.Ordinal) || _process.Output.Contains("Listening on", StringComparison.Ordinal)), TimeSpan.FromSeconds(20), "kamailio");
        await Task.Delay(500);
    }

    public void Dispose()
    {
        _process?.Dispose();
        Directory.Delete(_runtime, recursive: true);
    }
}
