using System.Security.Cryptography;
using MimeKit;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Channels.Tests.Mail;

/// <summary>A Message-ID is its sender's own: another sender's mail with the same one is another report (issue #9 part 2).</summary>
public sealed class MailIdempotencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_senders_with_one_message_id_at_once_file_two_reports_each_with_its_own_attachment()
    {
        await using var store = await MailTestStore.CreateAsync();
        var ann = From(Samples.Mail("Report 13912345678", "sales call", ("a.jpg", "image/jpeg", Samples.Jpeg)), "ann@example.test", "shared@id");
        var bob = From(Samples.Mail("Report 13912345679", "threat", ("b.png", "image/png", Samples.Png)), "bob@example.test", "shared@id");

        var outcomes = await Task.WhenAll(
            store.Mail.AcceptAsync(Samples.Bytes(ann), "ann@example.test", Ct),
            store.Mail.AcceptAsync(Samples.Bytes(bob), "bob@example.test", Ct));

        Assert.All(outcomes, o => Assert.Equal(250, o.Code));
        await using var db = store.Db();
        var reports = await db.Reports.Include(r => r.Reporter).ToListAsync(Ct);
        Assert.Equal(2, reports.Count);
        var evidence = await db.Evidence.ToListAsync(Ct);
        Assert.Equal(2, evidence.Count);
        Assert.Equal(Hash(Samples.Jpeg), evidence.Single(e => e.ReportId == reports.Single(r => r.Reporter!.Identity == "ann@example.test").Id).Sha256);
        Assert.Equal(Hash(Samples.Png), evidence.Single(e => e.ReportId == reports.Single(r => r.Reporter!.Identity == "bob@example.test").Id).Sha256);
        Assert.Equal(2, await db.Outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task The_same_sender_reusing_a_message_id_for_another_report_is_refused_with_the_reason()
    {
        await using var store = await MailTestStore.CreateAsync();
        var first = From(Samples.Mail("Report 13912345678", "sales call"), Samples.Envelope, "reused@id");
        var other = From(Samples.Mail("Report 13912345679", "another call"), Samples.Envelope, "reused@id");

        var taken = await store.Mail.AcceptAsync(Samples.Bytes(first), Samples.Envelope, Ct);
        var again = await store.Mail.AcceptAsync(Samples.Bytes(first), Samples.Envelope, Ct);
        var refused = await store.Mail.AcceptAsync(Samples.Bytes(other), Samples.Envelope, Ct);

        Assert.Equal((250, 250), (taken.Code, again.Code));
        Assert.Equal(taken.References, again.References);
        Assert.Equal(554, refused.Code);
        Assert.Contains("Message-ID", refused.Text, StringComparison.Ordinal);
        await using var db = store.Db();
        Assert.Equal(1, await db.Reports.CountAsync(Ct));
    }

    private static MimeMessage From(MimeMessage message, string sender, string messageId)
    {
        message.From.Clear();
        message.From.Add(MailboxAddress.Parse(sender));
        message.MessageId = messageId;
        return message;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
