using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CallWarden.Bench.Channels;

/// <summary>
/// MO messages per second from the fake SMSC through Kannel: first into a bare Kestrel sink (Kannel's own
/// ceiling), then into CallWarden's <c>/sms/mo</c> until every report is stored (polled in the store).
/// Kannel and the fake SMSC connection stay up across both; the sink and CallWarden take turns on one port.
/// usage: sms-scale [messages=2000] (each side first gets an untimed burst of 100)
/// </summary>
internal static class SmsScale
{
    private const int HttpPort = 24080;
    private const string Secret = "bench-kannel-secret";
    /// <summary>A small burst before each measured one, so neither side is timed while JIT-compiling or connecting.</summary>
    private const int Warm = 100;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        await using var kannel = await KannelBoxes.StartAsync(HttpPort, Secret);
        await using var phones = await FakeSmsc.ConnectAsync();

        var sink = await SinkAsync(messages, phones);
        var callWarden = await CallWardenAsync(messages, phones);

        Console.WriteLine($"sms-scale: {messages} distinct MO in one burst, {Environment.ProcessorCount} cores, Kannel 1.4.5 (deploy/kannel/kannel.conf, fake SMSC)");
        Console.WriteLine("| MO into | messages | seconds | MO/s |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(Row("bare Kestrel sink (200, empty body)", messages, sink));
        Console.WriteLine(Row("CallWarden /sms/mo → stored reports (SQLite)", messages, callWarden));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CallWarden / sink throughput: {sink.TotalSeconds / callWarden.TotalSeconds:0.00}"));
        return 0;
    }

    private static async Task<TimeSpan> SinkAsync(int messages, FakeSmsc phones)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{HttpPort}");
        builder.Logging.ClearProviders();
        await using var sink = builder.Build();
        var count = 0;
        sink.MapGet("/sms/mo", () =>
        {
            Interlocked.Increment(ref count);
            return Results.Text(string.Empty);
        });
        await sink.StartAsync();
        Func<Task<int>> arrived = () => Task.FromResult(Volatile.Read(ref count));
        await BurstAsync(Warm, "1371", phones, arrived, 0);
        var taken = await BurstAsync(messages, "1370", phones, arrived, Warm);
        await sink.StopAsync();
        return taken;
    }

    private static async Task<TimeSpan> CallWardenAsync(int messages, FakeSmsc phones)
    {
        await using var app = await ChannelApp.StartAsync(HttpPort, new()
        {
            ["Channels:Sms:Enabled"] = "true",
            ["Channels:Sms:Secret"] = Secret,
            ["Channels:Sms:AllowedAddresses:0"] = "127.0.0.1",
            ["Channels:Sms:SendSmsUrl"] = $"http://127.0.0.1:{KannelBoxes.SendSmsPort}/cgi-bin/sendsms",
            ["Channels:Sms:Username"] = "callwarden",
            ["Channels:Sms:Password"] = KannelBoxes.SendSmsPassword,
            ["Channels:Sms:DeliveryReportUrl"] = $"http://127.0.0.1:{HttpPort}/sms/dlr",
        });
        await BurstAsync(Warm, "1381", phones, app.ReportsAsync, 0);
        return await BurstAsync(messages, "1380", phones, app.ReportsAsync, Warm);
    }

    /// <summary>Sends the burst and polls <paramref name="arrived"/> until it has grown by <paramref name="messages"/> from <paramref name="before"/>.</summary>
    private static async Task<TimeSpan> BurstAsync(int messages, string reporterPrefix, FakeSmsc phones, Func<Task<int>> arrived, int before)
    {
        // An hour ago in China, the time a reporter writes.
        var called = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddHours(-1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var burst = Enumerable.Range(0, messages).Select(i => (
            string.Create(CultureInfo.InvariantCulture, $"{reporterPrefix}{i:0000000}"),
            "12321",
            string.Create(CultureInfo.InvariantCulture, $"139{i:00000000}*{called}"))).ToList();
        var clock = Stopwatch.StartNew();
        await phones.SendBurstAsync(burst);
        int seen;
        while ((seen = await arrived() - before) < messages)
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"{seen} of {messages} arrived within {Patience}");
            }

            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    private static string Row(string into, int messages, TimeSpan taken) =>
        string.Create(CultureInfo.InvariantCulture, $"| {into} | {messages} | {taken.TotalSeconds:0.00} | {messages / taken.TotalSeconds:0} |");
}
