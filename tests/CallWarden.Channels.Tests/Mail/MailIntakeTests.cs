using System.Security.Cryptography;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Channels.Tests.Mail;

public sealed class MailIntakeTests
{
    [Fact]
    public async Task A_mail_with_a_recording_becomes_a_report_with_its_evidence()
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail("Report 13912345678", "He called 2026-11-28 14:30", ("call.wav", "audio/wav", Samples.Wav)));

        var outcome = await store.Mail.AcceptAsync(mail, null, TestContext.Current.CancellationToken);

        Assert.Equal(250, outcome.Code);
        var reference = Assert.Single(outcome.References);
        await using var db = store.Db();
        var report = await db.Reports.SingleAsync(r => r.Reference == reference, TestContext.Current.CancellationToken);
        Assert.Equal(IntakeChannel.Email, report.Channel);
        Assert.True(report.ProofOfCall);
        var evidence = await db.Evidence.SingleAsync(TestContext.Current.CancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Samples.Wav));
        Assert.Equal((report.Id, hash, "audio/wav", Samples.Wav.Length), (evidence.ReportId, evidence.Sha256, evidence.DetectedType, (int)evidence.Size));
        Assert.Equal(Samples.Wav, await File.ReadAllBytesAsync(store.Evidence.PathOf(hash), TestContext.Current.CancellationToken));
        var ack = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((OutboxChannel.Email, "reporter@example.test", "ack:" + reference), (ack.Channel, ack.Recipient, ack.DedupKey));
    }

    [Fact]
    public async Task The_same_mail_delivered_twice_is_one_report_with_one_evidence_row()
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail("13912345678", "x", ("a.jpg", "image/jpeg", Samples.Jpeg)));

        var first = await store.Mail.AcceptAsync(mail, null, TestContext.Current.CancellationToken);
        var second = await store.Mail.AcceptAsync(mail, null, TestContext.Current.CancellationToken);

        Assert.Equal(first.References, second.References);
        await using var db = store.Db();
        Assert.Equal(1, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Evidence.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_executable_disguised_as_a_jpeg_refuses_the_mail_and_stores_nothing()
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail("13912345678", "x", ("photo.jpg", "image/jpeg", Samples.Pe)));

        var outcome = await store.Mail.AcceptAsync(mail, null, TestContext.Current.CancellationToken);

        Assert.Equal((554, "5.7.1 attachment 'photo.jpg' (image/jpeg) is a Windows executable; only audio, images, PDF and mails are accepted"), (outcome.Code, outcome.Text));
        await using var db = store.Db();
        Assert.Equal(0, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_mail_without_a_number_is_answered_with_the_format_once()
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail("骚扰电话", "天天打来"));

        var outcome = await store.Mail.AcceptAsync(mail, null, TestContext.Current.CancellationToken);
        await store.Mail.AcceptAsync(mail, null, TestContext.Current.CancellationToken);

        Assert.Equal(250, outcome.Code);
        await using var db = store.Db();
        var help = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((OutboxTemplates.MailFormatHelp, "zh-Hans"), (help.TemplateKey, help.Language));
        Assert.Equal(0, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Bytes_that_are_not_mime_are_refused_or_find_no_number()
    {
        await using var store = await MailTestStore.CreateAsync();
        var outcome = await store.Mail.AcceptAsync(new byte[] { 0, 1, 2, 0xFF, 0xFE }, null, TestContext.Current.CancellationToken);
        Assert.Equal(554, outcome.Code);
    }
}
