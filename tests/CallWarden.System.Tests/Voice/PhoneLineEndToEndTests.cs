using System.Text.Json;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Sqlite;
using CallWarden.System.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.System.Tests.Voice;

/// <summary>
/// Issue #11's tests on the shipped composition: every call goes SIPp → Kamailio (deploy/kamailio/kamailio.cfg)
/// → the real <c>callwarden serve</c> with the voice service on, speaking the prompts the real CLI rendered
/// (<see cref="PhoneLine"/>). Ports besides the line's own: SIPp callers 24120-24129, their media 24130-24139,
/// the test's RTP phones 24140-24149.
/// </summary>
public sealed class PhoneLineEndToEndTests
{
    private const string Caller = "13800138000";
    private const string Subscriber = "13912340002";
    private const string BlockedCaller = "13700001111";
    private const string PoweredOff = "announce.powered_off";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_caller_reports_13912345678_as_a_threat_on_10086999_through_Kamailio_after_a_wrong_key_and_a_re_entry_stored_with_channel_voice_the_reference_queued_by_SMS_and_the_case_in_the_police_queue()
    {
        await using var line = await PhoneLine.StartAsync();
        double Digits(string digits) => digits.Sum(d => line.Seconds("digit." + d));
        var readBack = line.Seconds("number.readback") + Digits("13912345678") + 1.5;
        // Each key after the statement before its question has been heard (keys during a statement are dropped
        // when the question starts); during a question a key interrupts it.
        List<(double PauseBefore, char Key)> keys =
        [
            (line.Seconds("welcome") + 1.5, '7'), // no menu choice: "wrong key", the menu again
            (line.Seconds("key.wrong") + 1.5, '1'),
            .. Number(),
            (readBack, '2'), // re-enter
            .. Number(),
            (readBack, '1'), // confirm
            (1.0, '1'), // when: within the hour
            (1.0, '3'), // what: threats
        ];

        var (passed, output) = await VoiceSipp.CallAsync(line.Sipp, PhoneLine.KamailioPort, VoiceSipp.InfoKeysScenario(keys), "10086999", 24120, 24130, Caller + ";", timeoutSeconds: 150);

        Assert.True(passed, "the report call through Kamailio failed:\n" + output + line.Logs);
        Assert.DoesNotContain("no ACK", line.Server.Log, StringComparison.Ordinal); // the 200's ACK came through Kamailio
        await using var store = new ServiceCollection().AddSingleton(TimeProvider.System).AddCallWardenSqlite($"Data Source={line.Server.Database}").BuildServiceProvider();
        await using var check = await store.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync(Ct);
        var report = Assert.Single(await check.Reports.Include(r => r.Reporter).ToListAsync(Ct)); // the re-entry made one report, not two
        Assert.Equal((IntakeChannel.Voice, 8613912345678, "threat", (long?)8613800138000), (report.Channel, report.Target, report.CategoryCode, report.Reporter!.Phone));
        var sms = Assert.Single(await check.Outbox.Where(o => o.TemplateKey == OutboxTemplates.ReportAcknowledged).ToListAsync(Ct));
        Assert.Equal((OutboxChannel.Sms, "+8613800138000"), (sms.Channel, sms.Recipient));
        Assert.Equal(report.Reference, JsonDocument.Parse(sms.Parameters!).RootElement.GetProperty("reference").GetString());
        var police = await line.Server.KeyAsync("police-desk", "police_liaison", ["cases:read"]);
        var referred = Assert.Single((await GetAsync(line.Server, police, "/api/v1/cases")).EnumerateArray());
        Assert.Equal(("+8613912345678", true), (referred.GetProperty("number").GetString(), referred.GetProperty("police").GetBoolean()));

        static IEnumerable<(double, char)> Number() => "13912345678#".Select((k, i) => (i == 0 ? 1.0 : 0.25, k));
    }

    [Fact]
    public async Task A_caller_blocked_as_powered_off_hears_183_with_the_rendered_announcement_in_Mandarin_then_English_in_the_law_negotiated_then_480_and_a_CANCEL_during_it_ends_with_487_and_silence()
    {
        await using var line = await PhoneLine.StartAsync();
        await line.Server.CliAsync("rules", "add", "--subscriber", Subscriber, "--pattern", BlockedCaller, "--block", "--disposition", "powered_off");
        await WaitForDecisionAsync(line, "powered_off");

        foreach (var (law, payloadType, localPort) in new[] { ("ul", 0, 24121), ("al", 8, 24122) })
        {
            using var phone = new RtpPhone(24140 + payloadType);
            var scenario = law == "ul" ? "voice-announce-480.xml" : PcmaOnly("voice-announce-480.xml");
            var announced = await VoiceSipp.CallAsync(line.Sipp, PhoneLine.KamailioPort, scenario, Subscriber, localPort, 24130 + (localPort - 24120) * 2, BlockedCaller + ";", rtpPort: 24140 + payloadType);

            Assert.True(announced.Passed, $"expected 183 with SDP, the announcement ({law}) and 480 through Kamailio:\n" + announced.Output + line.Logs);
            await Task.Delay(200, Ct);
            Assert.All(phone.Packets, p => Assert.Equal(payloadType, p.Packet[1] & 0x7f));
            Assert.Equal([.. line.Clip("zh-Hans", PoweredOff, law), .. line.Clip("en", PoweredOff, law)], phone.Payload());
        }

        using (var phone = new RtpPhone(24145))
        {
            var cancelled = await VoiceSipp.CallAsync(line.Sipp, PhoneLine.KamailioPort, "voice-cancel-487.xml", Subscriber, 24125, 24138, BlockedCaller + ";", rtpPort: 24145);

            Assert.True(cancelled.Passed, "expected 200 for the CANCEL and 487 through Kamailio:\n" + cancelled.Output + line.Logs);
            var heard = phone.Packets.Count;
            await Task.Delay(600, Ct);
            var whole = (line.Clip("zh-Hans", PoweredOff, "ul").Length + 159) / 160;
            Assert.InRange(heard, 1, whole / 2); // the CANCEL came 300 ms after the 183, long before the Mandarin clip's middle
            Assert.Equal(heard, phone.Packets.Count); // and the audio stopped with the 487
        }
    }

    /// <summary>The rule reaches the server through the change feed; screening says so once it has.</summary>
    private static async Task WaitForDecisionAsync(PhoneLine line, string action)
    {
        var said = string.Empty;
        for (var i = 0; i < 100 && said != action; i++)
        {
            await Task.Delay(100, Ct);
            said = await line.Server.ScreenAsync(line.ScreenKey, BlockedCaller, Subscriber);
        }

        Assert.Equal(action, said);
    }

    /// <summary>A copy of a scenario whose phone offers PCMA only (and telephone-event), expecting PCMA in the 183's answer.</summary>
    private static string PcmaOnly(string scenario)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sip", scenario));
        string[] offer = ["RTP/AVP 0 8 101", "      a=rtpmap:0 PCMU/8000\n", "RTP/AVP 0 101"];
        Assert.All(offer, part => Assert.Contains(part, text, StringComparison.Ordinal));
        var path = Path.Combine(Path.GetTempPath(), $"callwarden-voice-pcma-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, text.Replace(offer[0], "RTP/AVP 8 101", StringComparison.Ordinal)
            .Replace(offer[1], string.Empty, StringComparison.Ordinal)
            .Replace(offer[2], "RTP/AVP 8 101", StringComparison.Ordinal));
        return path;
    }

    private static async Task<JsonElement> GetAsync(CallWardenServer server, string key, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
