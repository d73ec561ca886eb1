using System.Globalization;
using System.Text;
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

    /// <summary>
    /// A scenario that calls, sends each key as SIP INFO <c>application/dtmf-relay</c> after its pause (through a
    /// record-routing proxy too) and answers the service's BYE; pass its path as the scenario, the caller as field 0.
    /// </summary>
    public static string InfoKeysScenario(IReadOnlyList<(double PauseBefore, char Key)> keys)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="ISO-8859-1" ?>
            <scenario name="report-line">
              <send retrans="500"><![CDATA[
            INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
            Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
            From: <sip:[field0]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
            To: <sip:[service]@[remote_ip]:[remote_port]>
            Call-ID: [call_id]
            CSeq: 1 INVITE
            Contact: <sip:[field0]@[local_ip]:[local_port]>
            Max-Forwards: 70
            Content-Type: application/sdp
            Content-Length: [len]

            v=0
            o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
            s=-
            c=IN IP[media_ip_type] [media_ip]
            t=0 0
            m=audio [media_port] RTP/AVP 8 101
            a=rtpmap:8 PCMA/8000
            a=rtpmap:101 telephone-event/8000
            a=ptime:20

            ]]></send>
              <recv response="100" optional="true"/>
              <recv response="183" optional="true"/>
              <recv response="200" rrs="true"/>
              <send><![CDATA[
            ACK [next_url] SIP/2.0
            Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
            [routes]
            From: <sip:[field0]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
            [last_To:]
            Call-ID: [call_id]
            CSeq: 1 ACK
            Max-Forwards: 70
            Content-Length: 0

            ]]></send>

            """);
        var cseq = 2;
        foreach (var (pause, key) in keys)
        {
            xml.Append(CultureInfo.InvariantCulture, $"  <pause milliseconds=\"{(int)(pause * 1000)}\"/>\n");
            xml.Append(CultureInfo.InvariantCulture, $"""
                  <send retrans="500"><![CDATA[
                INFO [next_url] SIP/2.0
                Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                [routes]
                From: <sip:[field0]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
                [last_To:]
                Call-ID: [call_id]
                CSeq: {cseq++} INFO
                Max-Forwards: 70
                Content-Type: application/dtmf-relay
                Content-Length: [len]

                Signal={key}
                Duration=160

                ]]></send>
                  <recv response="200"/>

                """);
        }

        xml.Append("""
              <recv request="BYE" timeout="90000"/>
              <send><![CDATA[
            SIP/2.0 200 OK
            [last_Via:]
            [last_From:]
            [last_To:]
            [last_Call-ID:]
            [last_CSeq:]
            Content-Length: 0

            ]]></send>
            </scenario>

            """);
        var path = Path.Combine(Path.GetTempPath(), $"callwarden-voice-info-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, xml.ToString());
        return path;
    }

    /// <param name="timeoutSeconds">The whole call's limit; a report line call with its prompts takes a minute or more.</param>
    public static async Task<(bool Passed, string Output)> CallAsync(string sipp, int targetPort, string scenario, string callee, int localPort, int mediaPort, string fields, int? rtpPort = null, int timeoutSeconds = 40)
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
                "-m", "1", "-r", "1", "-timeout", P(timeoutSeconds), "-timeout_error", "-nostdin", "-recv_timeout", P(Math.Max(30, timeoutSeconds - 30) * 1000), "-trace_msg",
                "-message_file", inject + ".msg",
            ];
            if (rtpPort is { } port)
            {
                arguments.AddRange(["-key", "rtp_port", P(port)]);
            }

            var (exit, output) = await RunningProcess.RunAsync(sipp, arguments, TimeSpan.FromSeconds(timeoutSeconds + 20));
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
