using System.Diagnostics;
using System.Globalization;
using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;

namespace CallWarden.Bench.Channels;

/// <summary>
/// Report mails per second over SMTP: K MailKit clients, each on one connection, send N distinct
/// mails with a small WAV recording; first to a bare SmtpServer listener that discards them, then to
/// CallWarden's listener (evidence written, report stored before the 250). Latency is one mail's
/// MAIL FROM to its final reply.
/// usage: mail-scale [mails=1000] [clients=8] (each listener first gets 50 untimed mails)
/// </summary>
internal static class MailScale
{
    private const int SmtpPort = 24525;
    private const int HttpPort = 24580;
    private const int Warm = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var mails = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var messages = Enumerable.Range(0, mails).Select(Mail).ToArray();
        // Untimed first, on each listener, so neither is measured while JIT-compiling.
        var warm = Enumerable.Range(mails, Warm).Select(Mail).ToArray();

        Console.WriteLine($"mail-scale: {mails} mails ({messages[0].ToString().Length} bytes each, WAV attached) from {clients} MailKit clients, {Environment.ProcessorCount} cores");
        Console.WriteLine("| listener | mails | seconds | mails/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var options = new SmtpServerOptionsBuilder().ServerName("bench").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, SmtpPort))).Build();
        var services = new ServiceProvider();
        services.Add(new DiscardingMessageStore());
        using (var stop = new CancellationTokenSource())
        {
            var bare = new SmtpServer.SmtpServer(options, services);
            var running = bare.StartAsync(stop.Token);
            await SendAsync(warm, clients);
            Console.WriteLine(Row("bare SmtpServer, discards", await SendAsync(messages, clients)));
            await stop.CancelAsync();
            await running;
        }

        await using var app = await ChannelApp.StartAsync(HttpPort, new()
        {
            ["Channels:Mail:Enabled"] = "true",
            ["Channels:Mail:Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await SendAsync(warm, clients);
        Console.WriteLine(Row("CallWarden intake (SQLite, evidence files)", await SendAsync(messages, clients)));
        var stored = await app.ReportsAsync() - Warm;
        Console.WriteLine($"reports stored: {stored} of {mails}");
        return stored == mails ? 0 : 1;
    }

    private static async Task<(TimeSpan Taken, double[] Latencies)> SendAsync(MimeMessage[] messages, int clients)
    {
        var latencies = new double[messages.Length];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync("127.0.0.1", SmtpPort, SecureSocketOptions.None);
            for (var i = Interlocked.Increment(ref next); i < messages.Length; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                await smtp.SendAsync(messages[i]);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            await smtp.DisconnectAsync(quit: true);
        })));
        var taken = clock.Elapsed;
        Array.Sort(latencies);
        return (taken, latencies);
    }

    /// <summary>A reporter's mail: a distinct sender and number, the call an hour ago, a 2 KB recording.</summary>
    private static MimeMessage Mail(int i)
    {
        var called = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddHours(-1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var message = new MimeMessage { Subject = string.Create(CultureInfo.InvariantCulture, $"Harassment report 139{i:00000000}"), MessageId = $"bench-{i}@example.test" };
        message.From.Add(MailboxAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"reporter{i}@example.test")));
        message.To.Add(MailboxAddress.Parse("intake@callwarden.test"));
        var body = new BodyBuilder { TextBody = $"Called me at {called} selling insurance." };
        // A distinct recording per mail, so every evidence file is written, not deduplicated by its hash.
        byte[] wav = [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, .. BitConverter.GetBytes(i), .. new byte[2000]];
        body.Attachments.Add("call.wav", wav, ContentType.Parse("audio/wav"));
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Row(string listener, (TimeSpan Taken, double[] Latencies) run)
    {
        var (taken, latencies) = run;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {listener} | {latencies.Length} | {taken.TotalSeconds:0.00} | {latencies.Length / taken.TotalSeconds:0} | {latencies[latencies.Length / 2]:0.0} | {latencies[Math.Min(latencies.Length - 1, (int)(latencies.Length * 0.99))]:0.0} |");
    }
}
