using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CallWarden.System.Tests.Components;

/// <summary>
/// Kannel's bearerbox and smsbox running deploy/kannel/kannel.conf, with its carrier SMSC swapped
/// for the fake SMSC (a TCP port the test's <see cref="KannelFakeSmsc"/> connects to), its paths moved
/// into a temporary folder and its ports moved to fixed test ports on 127.0.0.1.
/// </summary>
internal sealed partial class KannelGateway : IDisposable
{
    public const int AdminPort = 23000;
    public const int BoxPort = 23001;
    public const int SendSmsPort = 23013;
    public const int FakeSmscPort = 20000;
    public const string SendSmsPassword = "system-test-sendsms";

    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-kannel-").FullName;
    private RunningProcess? _bearerbox;
    private RunningProcess? _smsbox;

    public string Log => $"--- bearerbox ---\n{Tail(_bearerbox?.Output)}\n--- smsbox ---\n{Tail(_smsbox?.Output)}";

    public string Config => Path.Combine(_folder, "kannel.conf");

    public void WriteConfig(int callWardenPort, string secret)
    {
        var deployed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "deploy", "kannel", "kannel.conf"));
        var config = SmscGroup().Replace(deployed, $"group = smsc\nsmsc = fake\nsmsc-id = FAKE\nport = {FakeSmscPort}\nconnect-allow-ip = 127.0.0.1\n\n")
            .Replace("/var/log/kannel", _folder, StringComparison.Ordinal)
            .Replace("/var/spool/kannel", _folder, StringComparison.Ordinal)
            .Replace("admin-port = 13000", $"admin-port = {AdminPort}", StringComparison.Ordinal)
            .Replace("13001", BoxPort.ToString(global::System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("13013", SendSmsPort.ToString(global::System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("127.0.0.1:8080", $"127.0.0.1:{callWardenPort}", StringComparison.Ordinal)
            .Replace("CHANGE-ME-sendsms", SendSmsPassword, StringComparison.Ordinal)
            .Replace("CALLWARDEN_SECRET", secret, StringComparison.Ordinal);
        File.WriteAllText(Config, config);
    }

    public async Task StartAsync(string bearerbox, string smsbox)
    {
        _bearerbox = RunningProcess.Start(bearerbox, ["-v", "1", Config], _folder);
        await _bearerbox.WaitUntilAsync(() => Task.FromResult(Listening(BoxPort)), TimeSpan.FromSeconds(20), "bearerbox");
        _smsbox = RunningProcess.Start(smsbox, ["-v", "1", Config], _folder);
        await _smsbox.WaitUntilAsync(() => Task.FromResult(Listening(SendSmsPort)), TimeSpan.FromSeconds(20), "smsbox");
    }

    /// <summary>Stops both boxes and waits until their ports are free (bearerbox takes about a second).</summary>
    public async Task StopAsync()
    {
        _smsbox?.Dispose();
        _bearerbox?.Dispose();
        (_smsbox, _bearerbox) = (null, null);
        for (var i = 0; i < 100 && (Listening(BoxPort) || Listening(SendSmsPort)); i++)
        {
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        _smsbox?.Dispose();
        _bearerbox?.Dispose();
        Directory.Delete(_folder, recursive: true);
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

    private static string Tail(string? log) => log is null ? string.Empty : log.Length <= 3000 ? log : log[^3000..];

    [GeneratedRegex(@"group = smsc\n.*?\n\n", RegexOptions.Singleline)]
    private static partial Regex SmscGroup();
}
