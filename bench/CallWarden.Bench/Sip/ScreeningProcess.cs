using System.Diagnostics;
using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>A screening service in a process of its own on a fixed loopback port: the trivial stub or <c>callwarden serve</c> as shipped.</summary>
internal sealed class ScreeningProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _folder;

    private ScreeningProcess(string name, Process process, int port, string apiKey, string? folder)
    {
        Name = name;
        _process = process;
        Port = port;
        ApiKey = apiKey;
        _folder = folder;
    }

    public string Name { get; }

    public int Port { get; }

    /// <summary>The key Kamailio sends (a <c>screen</c> key made with <c>callwarden keys create</c>; anything for the stub).</summary>
    public string ApiKey { get; }

    public double CpuSeconds => ProcessCpu.Seconds(_process.Id);

    /// <summary>CPU seconds of the runtime's tiered-compilation worker so far: it stops growing once the hot path is fully compiled.</summary>
    public double CompilingSeconds => ProcessCpu.ThreadSeconds(_process.Id, ".NET Tiered Com");

    /// <summary>The bench's own <c>sip-stub</c> verb (<see cref="ScreeningStub"/>).</summary>
    public static async Task<ScreeningProcess> StartStubAsync(int port)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["sip-stub", port.ToString(CultureInfo.InvariantCulture)]);
        var stub = new ScreeningProcess("stub", Drained(start), port, "stub", null);
        await stub.WaitUntilAsync("/healthz");
        return stub;
    }

    /// <summary>
    /// The real executable as shipped (Release, beside the bench): <c>callwarden serve --demo</c> on a fresh SQLite
    /// store with its logging defaults, then <c>callwarden keys create --name kamailio --scope screen</c>, as the README says.
    /// </summary>
    public static async Task<ScreeningProcess> StartCallWardenAsync(int port)
    {
        var folder = Directory.CreateTempSubdirectory("callwarden-bench-sip-").FullName;
        var database = Path.Combine(folder, "callwarden.db");
        var executable = Path.Combine(AppContext.BaseDirectory, "callwarden");
        var start = new ProcessStartInfo(executable, ["serve", "--demo", "--db", database, "--urls", $"http://127.0.0.1:{port}"]) { WorkingDirectory = folder };
        var serve = Drained(start);
        var node = new ScreeningProcess("CallWarden", serve, port, string.Empty, folder);
        await node.WaitUntilAsync("/readyz");
        var keys = new ProcessStartInfo(executable, ["keys", "create", "--name", "kamailio", "--scope", "screen", "--db", database])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
        };
        using var cli = Process.Start(keys) ?? throw new InvalidOperationException("callwarden keys create did not start");
        var printed = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        var key = printed.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.StartsWith("cw_", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"callwarden keys create printed no key ({cli.ExitCode}):\n{printed}");
        return new ScreeningProcess(node.Name, serve, port, key, folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Started with both pipes drained, so that logging never blocks on a full pipe (what it writes is what serve ships).</summary>
    private static Process Drained(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private async Task WaitUntilAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before answering {path}");
            }

            try
            {
                if ((await http.GetAsync(path)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} did not answer {path} within 60 s");
    }
}
