using CallWarden.Channels.Mail;
using CallWarden.Channels.Sms;
using CallWarden.Core.Localization;
using CallWarden.Data.Outbox;
using MimeKit;

namespace CallWarden.Channels.Tests.Notices;

public sealed class NoticeWordingTests
{
    private const string Reference = "R20261130-000123";
    private const string Restricted = """{"reference":"R20261130-000123","number":"+8613912345678","action":"restrict_outbound","until":"2026-12-15T16:00:00+00:00","days":15}""";

    public static TheoryData<DisplayLanguage> Languages() => [DisplayLanguage.ZhHans, DisplayLanguage.ZhHant, DisplayLanguage.En];

    [Theory]
    [InlineData(DisplayLanguage.ZhHans, "该号码的呼出已被限制 15 天，至 2026-12-16 止（临时措施）")]
    [InlineData(DisplayLanguage.ZhHant, "該號碼的撥出已被限制 15 天，至 2026-12-16 止（臨時措施）")]
    [InlineData(DisplayLanguage.En, "outgoing calls from the number are restricted for 15 days until 2026-12-16 (temporary)")]
    public void A_restriction_says_for_how_many_days_and_until_which_date_in_china(DisplayLanguage language, string expected)
    {
        Assert.Contains(expected, SmsTemplates.Render(OutboxTemplates.CaseResult, Restricted, language), StringComparison.Ordinal);
        Assert.Contains(expected, Mail(OutboxTemplates.CaseResult, Restricted, language), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("warning", "warned")]
    [InlineData("suspend_outbound", "suspended (permanent)")]
    [InlineData("reclaim_number", "took the number back (permanent)")]
    [InlineData("no_violation_found", "found no violation")]
    public void Every_action_is_told_in_words_by_sms_and_mail_alike(string action, string expected)
    {
        var parameters = $$"""{"reference":"{{Reference}}","number":"+8613912345678","action":"{{action}}"}""";

        Assert.Contains(expected, SmsTemplates.Render(OutboxTemplates.CaseResult, parameters, DisplayLanguage.En), StringComparison.Ordinal);
        Assert.Contains(expected, Mail(OutboxTemplates.CaseResult, parameters, DisplayLanguage.En), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_mail_notice_shows_no_raw_codes(DisplayLanguage language)
    {
        var body = Mail(OutboxTemplates.CaseResult, Restricted, language);

        Assert.DoesNotContain("restrict_outbound", body, StringComparison.Ordinal);
        Assert.DoesNotContain("_", body, StringComparison.Ordinal);
        Assert.Contains(Reference, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threat", DisplayLanguage.ZhHans, "拨打 110")]
    [InlineData("fraud", DisplayLanguage.ZhHans, "96110")]
    [InlineData("threat", DisplayLanguage.ZhHant, "保留通話錄音")]
    [InlineData("fraud", DisplayLanguage.En, "keep the evidence")]
    public void A_threat_or_fraud_acknowledgement_advises_110_96110_and_keeping_the_evidence(string category, DisplayLanguage language, string expected)
    {
        var parameters = $$"""{"reference":"{{Reference}}","number":"+8613912345678","category":"{{category}}"}""";

        Assert.Contains(expected, SmsTemplates.Render(OutboxTemplates.ReportAcknowledged, parameters, language), StringComparison.Ordinal);
        Assert.Contains(expected, Mail(OutboxTemplates.ReportAcknowledged, parameters, language), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("marketing")]
    [InlineData("harassment")]
    [InlineData(null)]
    public void Other_acknowledgements_carry_no_police_advice(string? category)
    {
        var parameters = category is null
            ? $$"""{"reference":"{{Reference}}","number":"+8613912345678"}"""
            : $$"""{"reference":"{{Reference}}","number":"+8613912345678","category":"{{category}}"}""";

        Assert.DoesNotContain("110", SmsTemplates.Render(OutboxTemplates.ReportAcknowledged, parameters, DisplayLanguage.ZhHans), StringComparison.Ordinal);
        Assert.DoesNotContain("110", Mail(OutboxTemplates.ReportAcknowledged, parameters, DisplayLanguage.ZhHans), StringComparison.Ordinal);
    }

    private static string Mail(string template, string parameters, DisplayLanguage language)
    {
        var row = new OutboxMessage
        {
            Channel = OutboxChannel.Email,
            Recipient = "someone@example.org",
            Language = language.Tag(),
            TemplateKey = template,
            Parameters = parameters,
            DedupKey = "k",
        };
        return MailReplies.Render(row, new MailboxAddress("CallWarden", "noreply@example.org")).Body is TextPart { Text: { } text }
            ? text
            : throw new InvalidOperationException("The reply has no text body");
    }
}
