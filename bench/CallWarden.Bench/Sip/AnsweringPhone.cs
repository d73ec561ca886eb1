using System.Diagnostics;
using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>SIPp as the downstream phone that answers every relayed call (the system tests' <c>uas.xml</c>, which echoes Record-Route).</summary>
internal sealed class AnsweringPhone : IDisposable
{
    private readonly Process _process;

    private AnsweringPhone(Process process) => _process = process;

    public static AnsweringPhone Start(string sipp, SippPorts ports)
    {
        string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(sipp)
        {
            ArgumentList =
            {
                "-sf", Path.Combine(AppContext.BaseDirectory, "Sip", "uas.xml"), "-i", "127.0.0.1",
                "-p", Text(ports.Sip), "-cp", Text(ports.Control), "-mp", Text(ports.Media), "-nostdin",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("sipp did not start");
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return new AnsweringPhone(process);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
