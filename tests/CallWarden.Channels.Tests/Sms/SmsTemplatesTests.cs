using CallWarden.Channels.Sms;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Data.Outbox;

namespace CallWarden.Channels.Tests.Sms;

public sealed class SmsTemplatesTests
{
    private const string Reference = "R20261130-000123";

    public static TheoryData<DisplayLanguage> Languages() => [DisplayLanguage.ZhHans, DisplayLanguage.ZhHant, DisplayLanguage.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_acknowledgement_names_the_reference_and_how_to_query_it(DisplayLanguage language)
    {
        var text = SmsTemplates.Render(OutboxTemplates.ReportAcknowledged, $$"""{"reference":"{{Reference}}","number":"+8613912345678"}""", language)!;

        Assert.Contains("CX " + Reference, text, StringComparison.Ordinal);
        Assert.Contains("13912345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+86", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Chinese_acknowledgements_fit_one_ucs2_sms_and_english_ones_two(DisplayLanguage language)
    {
        var text = SmsTemplates.Acknowledgement(Reference, "13912345678", language);

        Assert.True(text.Length <= (language == DisplayLanguage.En ? 160 : 70), $"{text.Length}: {text}");
    }

    [Theory]
    [InlineData("no_violation_found", "未发现违规")]
    [InlineData("suspend_outbound", "该号码的呼出已被暂停（长期有效）")]
    [InlineData("reclaim_number", "该号码已被运营商收回（永久）")]
    [InlineData("warning", "发出警告")]
    public void The_result_notice_says_what_the_carrier_did(string action, string expected)
    {
        var text = SmsTemplates.Render(OutboxTemplates.CaseResult, $$"""{"reference":"{{Reference}}","number":"+8613912345678","action":"{{action}}"}""", DisplayLanguage.ZhHans)!;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains(Reference, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutboxTemplates.ReportAcknowledged, null)]
    [InlineData(OutboxTemplates.ReportAcknowledged, "")]
    [InlineData(OutboxTemplates.ReportAcknowledged, "{not json")]
    [InlineData(OutboxTemplates.ReportAcknowledged, "[1,2]")]
    [InlineData(OutboxTemplates.ReportAcknowledged, """{"reference":42}""")]
    [InlineData("unknown.template", """{"reference":"R20261130-000123"}""")]
    public void Unknown_templates_and_broken_parameters_render_nothing(string template, string? parameters) =>
        Assert.Null(SmsTemplates.Render(template, parameters, DisplayLanguage.En));

    [Fact]
    public void Every_case_state_has_a_status_text_with_the_reference()
    {
        foreach (var state in Enum.GetValues<CaseState>())
        {
            foreach (var language in new[] { DisplayLanguage.ZhHans, DisplayLanguage.ZhHant, DisplayLanguage.En })
            {
                Assert.Contains(Reference, SmsTemplates.Status(Reference, state, language), StringComparison.Ordinal);
            }
        }
    }
}
