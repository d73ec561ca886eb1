using System.Globalization;
using System.Text;
using System.Text.Json;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Sqlite;
using CallWarden.System.Tests.Components;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Prompts;
using CallWarden.Voice.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.System.Tests.Voice;

/// <summary>
/// The whole voice service — the SIP half over its UDP socket and the report line with prompts rendered by
/// espeak-ng over a SQLite store — called by SIPp, whose keys come as SIP INFO timed by the prompts' own
/// lengths (issue #11's system test). Ports: service 28080, its RTP 28100-28299, SIPp 28060, media 28400.
/// </summary>
public sealed class ReportLineSippTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cw-voice-e2e-").FullName;

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_caller_reports_13912345678_as_a_threat_by_keypad_on_a_carriers_number_stored_with_channel_voice_the_reference_queued_by_SMS_and_the_case_in_the_police_queue()
    {
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        var espeak = RequiredTool.Find("espeak-ng", "espeak-ng");
        var prompts = Path.Combine(_folder, "prompts");
        await new PromptRenderer(new EspeakNg(espeak), PromptTexts.Shipped).RenderAsync(prompts, null, TestContext.Current.CancellationToken);
        var library = PromptLibrary.Load(prompts, PromptTexts.Shipped);
        await using var store = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Channels:Voice:ReportLine:PromptFolder"] = prompts,
                ["Evidence:Folder"] = Path.Combine(_folder, "evidence"),
            }).Build())
            .AddLogging()
            .AddCallWardenSqlite($"Data Source={Path.Combine(_folder, "voice.db")}")
            .AddVoiceReportLine()
            .BuildServiceProvider();
        var contexts = store.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        await using var voice = await VoiceHost.StartAsync(28080, 28100, store.GetRequiredService<ICallRouter>());
        double Seconds(string key) => library.Clip(VoiceLanguage.Mandarin, key).Duration.TotalSeconds;
        double Digits(string digits) => library.Digits(VoiceLanguage.Mandarin, digits).Sum(c => c.Duration.TotalSeconds);
        // Each key after the statement before its question has been heard (keys during a statement are dropped
        // when the question starts); during a question a key interrupts it.
        List<(double PauseBefore, char Key)> keys = [(Seconds("welcome") + 1.5, '1')];
        keys.AddRange("13912345678#".Select((k, i) => (i == 0 ? 1.0 : 0.25, k)));
        keys.Add((Seconds("number.readback") + Digits("13912345678") + 1.5, '1'));
        keys.Add((1.0, '1'));
        keys.Add((1.0, '3'));

        var (passed, output) = await CallAsync(sipp, "10086999", "13800138000", keys);

        Assert.True(passed, "the report call failed:\n" + output);
        await using var check = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var report = await check.Reports.Include(r => r.Reporter).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((IntakeChannel.Voice, 8613912345678, "threat", (long?)8613800138000), (report.Channel, report.Target, report.CategoryCode, report.Reporter!.Phone));
        var sms = await check.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((OutboxChannel.Sms, "+8613800138000", OutboxTemplates.ReportAcknowledged), (sms.Channel, sms.Recipient, sms.TemplateKey));
        Assert.Equal(report.Reference, JsonDocument.Parse(sms.Parameters!).RootElement.GetProperty("reference").GetString());
        var reported = await check.Cases.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("china_mobile", true), (reported.CarrierCode, reported.Police));
    }

    /// <summary>SIPp calls, sends each key as SIP INFO after its pause, and answers the service's BYE.</summary>
    private async Task<(bool Passed, string Output)> CallAsync(string sipp, string callee, string caller, IReadOnlyList<(double PauseBefore, char Key)> keys)
    {
        var scenario = Path.Combine(_folder, "report.xml");
        await File.WriteAllTextAsync(scenario, Scenario(keys));
        var inject = Path.Combine(_folder, "caller.csv");
        await File.WriteAllTextAsync(inject, $"SEQUENTIAL\n{caller};\n");
        string[] arguments =
        [
            "127.0.0.1:28080", "-sf", scenario, "-inf", inject, "-s", callee, "-i", "127.0.0.1", "-p", "28060", "-mi", "127.0.0.1", "-mp", "28400",
            "-m", "1", "-r", "1", "-timeout", "120", "-timeout_error", "-nostdin", "-recv_timeout", "90000", "-trace_msg", "-message_file", scenario + ".msg",
        ];
        var (exit, output) = await RunningProcess.RunAsync(sipp, arguments, TimeSpan.FromSeconds(150));
        var messages = File.Exists(scenario + ".msg") ? await File.ReadAllTextAsync(scenario + ".msg") : string.Empty;
        return (exit == 0, output + "\n--- messages ---\n" + (messages.Length > 6000 ? messages[^6000..] : messages));
    }

    private static string Scenario(IReadOnlyList<(double PauseBefore, char Key)> keys)
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
        return xml.ToString();
    }
}
