using System.Globalization;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Voice;

/// <summary>SIPp as the caller of the voice service, one call per run, with a scenario from <c>Sip/voice-*.xml</c>.</summary>
internal static class VoiceSipp
{
    /// <summary>
    /// A copy of <c>voice-answer-rfc4733.xml</c> that presses <paramref name="keys"/> ('0'–'9', '*', '#'), each
    /// as sip-tester's RFC 4733 capture of that key, 400 ms apart; pass its path as the scenario.
    /// </summary>
    public static string KeysScenario(string keys)
    {
        var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sip", "voice-answer-rfc4733.xml"));
        var presses = string.Concat(keys.Select(key =>
        {
            var name = key switch { '*' => "star", '#' => "pound", >= '0' and <= '9' => key.ToString(), _ => throw new ArgumentException($"no capture for key '{key}'", nameof(keys)) };
            return $"  <nop>\n    <action>\n      <exec play_pcap_audio=\"/usr/share/sip-tester/dtmf_2833_{name}.pcap\"/>\n    </action>\n  </nop>\n  <pause milliseconds=\"400\"/>\n";
        }));
        var path = Path.Combine(Path.GetTempPath(), $"callwarden-voice-keys-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, template.Replace("  <!-- KEYS -->\n", presses, StringComparison.Ordinal));
        return path;
    }

    public static async Task<(bool Passed, string Output)> CallAsync(string sipp, int targetPort, string scenario, string callee, int localPort, int mediaPort, string fields, int? rtpPort = null)
    {
        var inject = Path.Combine(Path.GetTempPath(), $"callwarden-voice-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(inject, $"SEQUENTIAL\n{fields}\n");
        try
        {
            string P(int n) => n.ToString(CultureInfo.InvariantCulture);
            List<string> arguments =
            [
                $"127.0.0.1:{targetPort}", "-sf", Path.IsPathRooted(scenario) ? scenario : Path.Combine(AppContext.BaseDirectory, "Sip", scenario), "-inf", inject, "-s", callee,
                "-i", "127.0.0.1", "-p", P(localPort), "-mi", "127.0.0.1", "-mp", P(mediaPort),
                "-m", "1", "-r", "1", "-timeout", "40", "-timeout_error", "-nostdin", "-recv_timeout", "30000", "-trace_msg",
                "-message_file", inject + ".msg",
            ];
            if (rtpPort is { } port)
            {
                arguments.AddRange(["-key", "rtp_port", P(port)]);
            }

            var (exit, output) = await RunningProcess.RunAsync(sipp, arguments, TimeSpan.FromSeconds(60));
            var messages = File.Exists(inject + ".msg") ? await File.ReadAllTextAsync(inject + ".msg") : string.Empty;
            return (exit == 0, output + "\n--- messages ---\n" + (messages.Length > 6000 ? messages[^6000..] : messages));
        }
        finally
        {
            File.Delete(inject);
            File.Delete(inject + ".msg");
        }
    }
}
