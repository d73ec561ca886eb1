using System.Security.Cryptography;
using CallWarden.Channels.Mail;
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

        var outcome = await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);

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

    [Theory]
    [InlineData("未显示号码的骚扰电话", "打到我们公司座机 010-62345678，时间 2026-11-28 14:30，对方不说话")]
    [InlineData("Anonymous calls to our office", "Private number calls to 010-62345678 on 2026-11-28 14:30, silence every time")]
    public async Task A_mail_about_calls_whose_number_was_not_shown_files_the_line_they_rang(string subject, string body)
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail(subject, body));

        var outcome = await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);

        Assert.Equal(250, outcome.Code);
        await using var db = store.Db();
        var report = await db.Reports.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0L, 861062345678L), (report.Target, report.CalledNumber));
        var filed = await db.Cases.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(861062345678L, filed.CalledNumber);
    }

    [Fact]
    public async Task A_spam_text_hiding_zero_width_characters_is_filed_with_them_turned_into_spaces_not_bounced()
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail("举报 13912345678", "短信内容：贷\u200B款\u2060秒\uFEFF批 2026-11-28 14:30"));

        var outcome = await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);

        Assert.Equal(250, outcome.Code);
        await using var db = store.Db();
        var report = await db.Reports.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Contains("贷 款 秒 批", report.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_mail_delivered_twice_is_one_report_with_one_evidence_row()
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail("13912345678", "x", ("a.jpg", "image/jpeg", Samples.Jpeg)));

        var first = await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);
        var second = await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);

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

        var outcome = await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);

        Assert.Equal((554, "5.7.1 attachment 'photo.jpg' (image/jpeg) is a Windows executable; only audio, images, PDF and mails are accepted"), (outcome.Code, outcome.Text));
        await using var db = store.Db();
        Assert.Equal(0, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_mail_without_a_number_is_answered_with_the_format_once()
    {
        await using var store = await MailTestStore.CreateAsync();
        var mail = Samples.Bytes(Samples.Mail("骚扰电话", "天天打来"));

        var outcome = await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);
        await store.Mail.AcceptAsync(mail, Samples.Envelope, TestContext.Current.CancellationToken);

        Assert.Equal(250, outcome.Code);
        await using var db = store.Db();
        var help = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((OutboxTemplates.MailFormatHelp, "zh-Hans"), (help.TemplateKey, help.Language));
        Assert.Equal(0, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("someone.else@example.test")]
    [InlineData(null)]
    public async Task A_mail_whose_envelope_sender_is_not_its_From_is_filed_and_answered_to_nobody(string? envelope)
    {
        await using var store = await MailTestStore.CreateAsync();

        var filed = await store.Mail.AcceptAsync(Samples.Bytes(Samples.Mail("Report 13912345678", "sales call")), envelope, TestContext.Current.CancellationToken);
        var help = await store.Mail.AcceptAsync(Samples.Bytes(Samples.Mail("骚扰电话", "天天打来")), envelope, TestContext.Current.CancellationToken);

        Assert.Equal((250, 250), (filed.Code, help.Code));
        Assert.Single(filed.References);
        await using var db = store.Db();
        Assert.Equal(1, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Outbox.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_sender_over_the_limit_is_told_once_in_their_language_and_then_not_answered_until_the_hour_is_over()
    {
        await using var store = await MailTestStore.CreateAsync(reportsPerHour: 2);
        async Task<MailOutcome> SendAsync(string number) =>
            await store.Mail.AcceptAsync(Samples.Bytes(Samples.Mail("举报 " + number, "推销保险")), Samples.Envelope, TestContext.Current.CancellationToken);

        var taken = new[] { await SendAsync("13912345671"), await SendAsync("13912345672") };
        var over = new[] { await SendAsync("13912345673"), await SendAsync("13912345674"), await SendAsync("13912345675") };
        store.Time.Advance(TimeSpan.FromHours(1));
        var later = await SendAsync("13912345676");

        Assert.All(taken, t => Assert.Single(t.References));
        Assert.All(over, o => Assert.Equal((250, 0), (o.Code, o.References.Count)));
        Assert.Single(later.References);
        await using var db = store.Db();
        Assert.Equal(3, await db.Reports.CountAsync(TestContext.Current.CancellationToken));
        var notices = await db.Outbox.Where(m => m.DedupKey.StartsWith("maillimit:")).ToListAsync(TestContext.Current.CancellationToken);
        var notice = Assert.Single(notices);
        Assert.Equal(("reporter@example.test", "zh-Hans"), (notice.Recipient, notice.Language));
        Assert.Contains("每小时最多可举报2条", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_that_are_not_mime_are_refused_or_find_no_number()
    {
        await using var store = await MailTestStore.CreateAsync();
        var outcome = await store.Mail.AcceptAsync(new byte[] { 0, 1, 2, 0xFF, 0xFE }, null, TestContext.Current.CancellationToken);
        Assert.Equal(554, outcome.Code);
    }
}
