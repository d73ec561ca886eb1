using CallWarden.Channels.Mail;
using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using MimeKit;

namespace CallWarden.Channels.Tests.Mail;

public sealed class MailReportReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private readonly MailReportReader _reader = new(new MailOptions { MaxParts = 5, MaxDepth = 4 });

    private MailReading Read(MimeMessage message) => _reader.Read(message, null, Samples.Bytes(message), Now);

    [Fact]
    public void The_subject_names_the_number_and_the_body_gives_time_and_category()
    {
        var report = Read(Samples.Mail("举报 13912345678", "对方 2026-11-28 14:30 来电推销保险，我的号码是 13800138000")).Report!;
        Assert.Equal(8613912345678, Assert.Single(report.Numbers).Number.E164);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 6, 30, 0, TimeSpan.Zero), report.OccurredAt);
        Assert.Equal(ReportCategory.Insurance, report.Category);
        Assert.Equal(DisplayLanguage.ZhHans, report.Language);
        Assert.Equal("reporter@example.test", report.Sender);
    }

    [Fact]
    public void Without_a_number_in_the_subject_the_body_is_read_in_english()
    {
        var report = Read(Samples.Mail("Spam call", "Scam caller 13912345678 yesterday 2:30 pm")).Report!;
        Assert.Equal(8613912345678, Assert.Single(report.Numbers).Number.E164);
        Assert.Equal(ReportCategory.Fraud, report.Category);
        Assert.Equal(DisplayLanguage.En, report.Language);
    }

    [Fact]
    public void An_empty_mail_is_a_report_without_numbers() =>
        Assert.Empty(Read(Samples.Mail("", "")).Report!.Numbers);

    [Fact]
    public void A_mail_without_a_sender_is_refused()
    {
        var message = Samples.Mail("13912345678", "x");
        message.From.Clear();
        Assert.Equal("the mail has no usable sender address to reply to", Read(message).Refusal);
    }

    [Fact]
    public void Deeply_nested_parts_are_refused()
    {
        MimeEntity entity = new TextPart("plain") { Text = "13912345678" };
        for (var i = 0; i < 10; i++)
        {
            entity = new Multipart("mixed") { entity };
        }

        var message = Samples.Mail("x", "");
        message.Body = entity;
        Assert.Equal("the mail nests parts deeper than 4 levels", Read(message).Refusal);
    }

    [Fact]
    public void Too_many_parts_are_refused()
    {
        var attachments = Enumerable.Range(0, 10).Select(i => ($"{i}.png", "image/png", Samples.Png)).ToArray();
        Assert.Equal("the mail has more than 5 parts", Read(Samples.Mail("13912345678", "x", attachments)).Refusal);
    }

    [Fact]
    public void An_attached_spam_mail_is_evidence()
    {
        var message = Samples.Mail("13912345678", "see the attached spam");
        var spam = Samples.Mail("您已获得贷款额度", "回复1办理");
        var mixed = new Multipart("mixed") { message.Body!, new MessagePart { Message = spam } };
        message.Body = mixed;
        var report = Read(message).Report!;
        Assert.Equal("message/rfc822", Assert.Single(report.Evidence).DetectedType);
    }

    [Fact]
    public void An_html_only_mail_is_read_as_text()
    {
        var message = Samples.Mail("Report", "");
        message.Body = new TextPart("html") { Text = "<p>Number <b>13912345678</b> &amp; more</p>" };
        Assert.Single(Read(message).Report!.Numbers);
    }

    [Fact]
    public void An_encoded_header_with_line_breaks_is_kept_as_text_not_headers()
    {
        var raw = Samples.Raw("From: a@b.test\nSubject: =?UTF-8?B?" + Convert.ToBase64String("13912345678\r\nBcc: victim@x.test"u8.ToArray()) + "?=\n\nbody\n");
        var message = MimeMessage.Load(new MemoryStream(raw), TestContext.Current.CancellationToken);
        var report = _reader.Read(message, null, raw, Now).Report!;
        Assert.Single(report.Numbers);
        Assert.Empty(message.Bcc);
    }
}
