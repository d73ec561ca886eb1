using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CallWarden.Bench.Channels;

/// <summary>
/// bearerbox and smsbox running deploy/kannel/kannel.conf with the carrier SMSC swapped for the fake
/// SMSC, paths in a temporary folder and ports moved to the bench's (as the system tests do).
/// </summary>
internal sealed partial class KannelBoxes : IAsyncDisposable
{
    public const int AdminPort = 24000;
    public const int BoxPort = 24001;
    public const int SendSmsPort = 24013;
    public const int FakeSmscPort = 24100;
    public const string SendSmsPassword = "bench-sendsms";

    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-bench-kannel-").FullName;
    private readonly List<Process> _boxes = [];

    public static async Task<KannelBoxes> StartAsync(int httpPort, string secret)
    {
        var kannel = new KannelBoxes();
        var deployed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "deploy", "kannel", "kannel.conf"));
        var config = SmscGroup().Replace(deployed, $"group = smsc\nsmsc = fake\nsmsc-id = FAKE\nport = {FakeSmscPort}\nconnect-allow-ip = 127.0.0.1\n\n")
            .Replace("/var/log/kannel", kannel._folder, StringComparison.Ordinal)
            .Replace("/var/spool/kannel", kannel._folder, StringComparison.Ordinal)
            .Replace("admin-port = 13000", $"admin-port = {AdminPort}", StringComparison.Ordinal)
            .Replace("13001", BoxPort.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("13013", SendSmsPort.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("127.0.0.1:8080", $"127.0.0.1:{httpPort}", StringComparison.Ordinal)
            .Replace("CHANGE-ME-sendsms", SendSmsPassword, StringComparison.Ordinal)
            .Replace("CALLWARDEN_SECRET", secret, StringComparison.Ordinal);
        var file = Path.Combine(kannel._folder, "kannel.conf");
        await File.WriteAllTextAsync(file, config);
        await kannel.StartBoxAsync("bearerbox", file, BoxPort);
        await kannel.StartBoxAsync("smsbox", file, SendSmsPort);
        return kannel;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var box in Enumerable.Reverse(_boxes))
        {
            box.Kill();
            await box.WaitForExitAsync();
            box.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task StartBoxAsync(string name, string config, int port)
    {
        var path = new[] { "/usr/sbin", "/usr/bin" }.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{name} not found: apt-get install kannel kannel-extras");
        var start = new ProcessStartInfo(path) { ArgumentList = { "-v", "2", config }, RedirectStandardError = true, RedirectStandardOutput = true };
        var box = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        box.ErrorDataReceived += (_, _) => { };
        box.OutputDataReceived += (_, _) => { };
        box.BeginErrorReadLine();
        box.BeginOutputReadLine();
        _boxes.Add(box);
        for (var i = 0; i < 200 && !Listening(port); i++)
        {
            await Task.Delay(100);
        }

        if (!Listening(port))
        {
            throw new InvalidOperationException($"{name} is not listening on {port}; its log is in {_folder}");
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"group = smsc\n.*?\n\n", RegexOptions.Singleline)]
    private static partial Regex SmscGroup();
}
