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

        var (passed, output) = await VoiceSipp.CallAsync(sipp, 28080, VoiceSipp.InfoKeysScenario(keys), "10086999", 28060, 28400, "13800138000;", timeoutSeconds: 120);

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
}
