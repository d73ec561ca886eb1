using global::System.Security.Cryptography;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Mail;

/// <summary>swaks delivers report mails to the real <c>callwarden serve</c>; replies come back into a local relay.</summary>
public sealed class SwaksMailTests
{
    private const int HttpPort = 22580;
    private const int SmtpPort = 22525;
    private const int RelayPort = 22526;

    [Fact]
    public async Task Recording_oversized_and_disguised_mails_get_the_right_answers()
    {
        var swaks = RequiredTool.Find("swaks", "swaks");
        using var relay = new SmtpCapture(RelayPort);
        await using var server = new SmtpIntakeServer(HttpPort, SmtpPort, RelayPort, maxBytes: 200_000);
        await server.WaitAsync();
        var work = server.Folder;

        // A recording attached: the report is taken, the file is kept under its hash, the reply names the reference.
        var recording = Path.Combine(work, "call.wav");
        byte[] wav = [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, .. new byte[2000]];
        await File.WriteAllBytesAsync(recording, wav, TestContext.Current.CancellationToken);
        var taken = await SwaksAsync(swaks, "--header", "Subject: Harassment report 13912345678", "--body", "Called me at 2026-11-28 14:30 selling insurance.",
            "--attach-type", "audio/wav", "--attach", "@" + recording);
        Assert.True(global::System.Text.RegularExpressions.Regex.IsMatch(taken, @"250 2\.0\.0 report R\d{8}-\d{6} received"), taken + "\n" + server.Log);
        var reference = global::System.Text.RegularExpressions.Regex.Match(taken, @"R\d{8}-\d{6}").Value;
        var hash = Convert.ToHexStringLower(SHA256.HashData(wav));
        Assert.Equal(wav, await File.ReadAllBytesAsync(server.EvidencePath(hash), TestContext.Current.CancellationToken));

        // Too big: cut off by the listener's size limit.
        var big = Path.Combine(work, "big.wav");
        await File.WriteAllBytesAsync(big, [.. wav, .. new byte[300_000]], TestContext.Current.CancellationToken);
        var oversized = await SwaksAsync(swaks, "--header", "Subject: 13912345678", "--attach-type", "audio/wav", "--attach", "@" + big);
        Assert.Contains("552", oversized, StringComparison.Ordinal);

        // An executable named .jpg: refused at DATA with the reason.
        var exe = Path.Combine(work, "photo.jpg");
        await File.WriteAllBytesAsync(exe, [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0], TestContext.Current.CancellationToken);
        var disguised = await SwaksAsync(swaks, "--header", "Subject: 13912345678", "--attach-type", "image/jpeg", "--attach", "@" + exe);
        Assert.Contains("554 5.7.1 attachment 'photo.jpg' (image/jpeg) is an ELF executable", disguised, StringComparison.Ordinal);

        // The acknowledgement arrives at the relay, once.
        for (var i = 0; i < 100 && relay.Mails.IsEmpty; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var reply = Assert.Single(relay.Mails);
        Assert.Contains(reference, reply, StringComparison.Ordinal);
        Assert.Contains("To: reporter@example.test", reply, StringComparison.Ordinal);
    }

    private static async Task<string> SwaksAsync(string swaks, params string[] arguments)
    {
        var (_, output) = await RunningProcess.RunAsync(swaks,
            ["--server", "127.0.0.1", "--port", SmtpPort.ToString(global::System.Globalization.CultureInfo.InvariantCulture), "--helo", "tester.local",
             "--from", "reporter@example.test", "--to", "intake@callwarden.test", .. arguments], TimeSpan.FromSeconds(60));
        return output;
    }
}
