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
    [InlineData("zh-Hans", true, "“某某贷款”的号码登记（2 个号码）已通过审核，一分钟内生效。")]
    [InlineData("zh-Hant", true, "「某某贷款」的號碼登記（2 個號碼）已通過審核，一分鐘內生效。")]
    [InlineData("en", true, "The registration of 某某贷款 (2 numbers) is approved and takes effect within a minute.")]
    [InlineData("zh-Hans", false, "“某某贷款”的号码登记未通过审核：执照号码与名称不符。修正后可重新申请。")]
    [InlineData("en", false, "The registration of 某某贷款 is not approved: 执照号码与名称不符. You may apply again once corrected.")]
    public void A_business_decision_tells_the_applicant_in_their_language(string language, bool approved, string expected)
    {
        var note = approved ? "null" : "\"执照号码与名称不符\"";
        var parameters = $$"""{"approved":{{(approved ? "true" : "false")}},"name":"某某贷款","lines":2,"note":{{note}}}""";

        Assert.Equal(expected, SmsTemplates.Render(OutboxTemplates.BusinessDecided, parameters, DisplayLanguages.FromCultureName(language)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"approved\":\"yes\",\"name\":\"x\",\"lines\":1}")]
    [InlineData("{\"approved\":true,\"name\":null,\"lines\":1}")]
    [InlineData("[1,2]")]
    [InlineData("{\"approved\":true,")]
    public void A_broken_business_decision_renders_nothing_rather_than_a_wrong_text(string parameters) =>
        Assert.Null(SmsTemplates.Render(OutboxTemplates.BusinessDecided, parameters, DisplayLanguage.ZhHans));

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
