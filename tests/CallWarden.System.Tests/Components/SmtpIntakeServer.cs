namespace CallWarden.System.Tests.Components;

/// <summary>The real <c>callwarden serve</c> with its SMTP listener on, replies relayed to a local capture.</summary>
internal sealed class SmtpIntakeServer : IAsyncDisposable
{
    private readonly RunningProcess _process;

    public SmtpIntakeServer(int httpPort, int smtpPort, int relayPort, int maxBytes)
    {
        SmtpPort = smtpPort;
        var environment = new Dictionary<string, string>
        {
            ["Channels__Mail__Enabled"] = "true",
            ["Channels__Mail__Port"] = smtpPort.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            ["Channels__Mail__MaxMessageBytes"] = maxBytes.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            ["Channels__Mail__Relay__Host"] = "127.0.0.1",
            ["Channels__Mail__Relay__Port"] = relayPort.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            ["Channels__Mail__Relay__PollInterval"] = "00:00:00.200",
        };
        _process = RunningProcess.Start(
            Path.Combine(AppContext.BaseDirectory, "callwarden"),
            ["serve", "--db", Path.Combine(Folder, "callwarden.db"), "--urls", $"http://127.0.0.1:{httpPort}"], Folder, environment);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("callwarden-mail-").FullName;

    public int SmtpPort { get; }

    public string Log => _process.Output;

    public Task WaitAsync() => _process.WaitUntilAsync(
        () => Task.FromResult(Log.Contains("Mail intake listening", StringComparison.Ordinal)), TimeSpan.FromSeconds(90), "callwarden serve with mail");

    public string EvidencePath(string sha256) => Path.Combine(Folder, "data", "evidence", sha256[..2], sha256 + ".bin");

    public ValueTask DisposeAsync()
    {
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
