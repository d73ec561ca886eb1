using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;

namespace CallWarden.Bench.Sip;

/// <summary>
/// Kamailio running <c>deploy/kamailio/kamailio.cfg</c> unchanged, with a dispatcher list of one node, the
/// memory the deployment gives it (the README's command) and a runtime folder of its own; stopped with its children.
/// </summary>
internal sealed class KamailioProxy : IDisposable
{
    /// <summary>Shared memory in MB, as the README's command starts Kamailio (why: the header of kamailio.cfg).</summary>
    public const int SharedMegabytes = 1024;

    /// <summary>Private memory per process in MB, as the README's command starts Kamailio.</summary>
    public const int PrivateMegabytes = 8;

    private readonly string _runtime;
    private readonly Process _process;
    private readonly List<string> _firstLines = [];
    private long _failOpen;
    private long _outOfMemory;

    private KamailioProxy(Process process, string runtime)
    {
        _process = process;
        _runtime = runtime;
    }

    /// <summary>CPU seconds of the main process and its workers so far.</summary>
    public double CpuSeconds => ProcessCpu.Seconds(_process.Id);

    /// <summary>Calls let through unscreened so far (<c>FAIL-OPEN</c> in the log: no node answered within 1 s).</summary>
    public long FailOpen => Interlocked.Read(ref _failOpen);

    /// <summary>Log lines so far saying Kamailio ran out of shared or private memory ("no more shm/pkg memory" in
    /// older releases, "could not allocate … memory from shm|pkg pool" in 5.6).</summary>
    public long OutOfMemory => Interlocked.Read(ref _outOfMemory);

    /// <summary>The first lines Kamailio logged (for a failure message).</summary>
    public string Log
    {
        get
        {
            lock (_firstLines)
            {
                return string.Join('\n', _firstLines);
            }
        }
    }

    public static async Task<KamailioProxy> StartAsync(string kamailio, int sipPort, int nodePort, int downstreamPort, string apiKey, int sharedMegabytes = SharedMegabytes, int privateMegabytes = PrivateMegabytes)
    {
        var config = Path.Combine(AppContext.BaseDirectory, "deploy", "kamailio", "kamailio.cfg");
        var runtime = Directory.CreateTempSubdirectory("callwarden-bench-kamailio-").FullName;
        var nodes = Path.Combine(runtime, "callwarden-nodes.list");
        await File.WriteAllTextAsync(nodes, $"1 sip:127.0.0.1:{nodePort}\n");
        var start = new ProcessStartInfo(kamailio)
        {
            ArgumentList =
            {
                "-f", config, "-DD", "-E", "-Y", runtime,
                "-m", sharedMegabytes.ToString(CultureInfo.InvariantCulture), "-M", privateMegabytes.ToString(CultureInfo.InvariantCulture),
                "-A", $"SIP_LISTEN=udp:127.0.0.1:{sipPort}", "-A", $"SCREEN_NODES=\"{nodes}\"",
                "-A", $"SCREEN_KEY=\"{apiKey}\"", "-A", $"UAS_DST=\"sip:127.0.0.1:{downstreamPort}\"",
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var proxy = new KamailioProxy(Process.Start(start) ?? throw new InvalidOperationException("kamailio did not start"), runtime);
        proxy._process.ErrorDataReceived += (_, e) => proxy.Keep(e.Data);
        proxy._process.OutputDataReceived += (_, e) => proxy.Keep(e.Data);
        proxy._process.BeginErrorReadLine();
        proxy._process.BeginOutputReadLine();
        for (var i = 0; i < 100 && !proxy.Log.Contains("INFO: <core>", StringComparison.Ordinal); i++)
        {
            if (proxy._process.HasExited)
            {
                throw new InvalidOperationException($"kamailio exited with {proxy._process.ExitCode}:\n{proxy.Log}");
            }

            await Task.Delay(100);
        }

        await Task.Delay(1500); // the first /healthz probe has marked the node active
        return proxy;
    }

    /// <summary>The most shared memory Kamailio has held at once since it started (<c>core.shmmem</c>'s
    /// <c>max_used</c>, asked over jsonrpcs' datagram socket in the runtime folder).</summary>
    public async Task<long> SharedMemoryPeakAsync()
    {
        var reply = Path.Combine(_runtime, $"bench-{Environment.ProcessId}.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(reply));
        try
        {
            var request = """{"jsonrpc":"2.0","method":"core.shmmem","id":1}"""u8.ToArray();
            await socket.SendToAsync(request, SocketFlags.None, new UnixDomainSocketEndPoint(Path.Combine(_runtime, "kamailio_rpc.sock")));
            var buffer = new byte[4096];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var length = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            using var answer = JsonDocument.Parse(buffer.AsMemory(0, length));
            return answer.RootElement.GetProperty("result").GetProperty("max_used").GetInt64();
        }
        finally
        {
            File.Delete(reply);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_runtime, recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("FAIL-OPEN", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failOpen);
        }

        if (OutOfMemoryLine(line))
        {
            Interlocked.Increment(ref _outOfMemory);
        }

        lock (_firstLines)
        {
            if (_firstLines.Count < 200)
            {
                _firstLines.Add(line);
            }
        }
    }

    private static bool OutOfMemoryLine(string line) =>
        line.Contains("no more shm", StringComparison.OrdinalIgnoreCase) || line.Contains("no more pkg", StringComparison.OrdinalIgnoreCase)
        || line.Contains("memory from shm pool", StringComparison.Ordinal) || line.Contains("memory from pkg pool", StringComparison.Ordinal)
        || line.Contains("out of memory", StringComparison.OrdinalIgnoreCase);
}
