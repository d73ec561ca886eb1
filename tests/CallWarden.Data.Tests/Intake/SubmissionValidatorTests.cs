using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CsCheck;

namespace CallWarden.Data.Tests.Intake;

public sealed class SubmissionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
    private static readonly SubmissionValidator Validator = new(new IntakeOptions(), PhoneNumberNormalizer.Default);
    private static readonly ReportSubmission Good = Submissions.Sms(Now);

    public static TheoryData<string, ReportSubmission> Bad => new()
    {
        { "target", Good with { TargetText = "" } },
        { "target", Good with { TargetText = "not a number" } },
        { "target", Good with { TargetText = "110" } },
        { "target", Good with { TargetText = new string('1', 5000) } },
        { "target", Good with { TargetText = "139l234S678" } },
        { "target", Good with { TargetText = "139\u202E8765" } },
        { "idempotencyKey", Good with { IdempotencyKey = "" } },
        { "idempotencyKey", Good with { IdempotencyKey = "ключ-鍵" } },
        { "idempotencyKey", Good with { IdempotencyKey = new string('k', 129) } },
        { "category", Good with { CategoryCode = "spam" } },
        { "occurredAt", Good with { OccurredAt = Now.AddHours(1) } },
        { "occurredAt", Good with { OccurredAt = Now.AddYears(-2) } },
        { "receivedAt", Good with { ReceivedAt = default, OccurredAt = null } },
        { "receivedAt", Good with { ReceivedAt = Now.AddDays(1), OccurredAt = null } },
        { "reason", Good with { Reason = new string('推', 201) } },
        { "reason", Good with { Reason = "ok\u0000<script>alert(1)</script>" } },
        { "content", Good with { Content = "\uD800 broken" } },
        { "content", Good with { Content = "x\u202Egnp.exe" } },
        { "rawPayload", Good with { RawPayload = new string('x', SubmissionLimits.RawPayload + 1) } },
        { "reporterPhone", Good with { ReporterPhone = null } },
        { "reporterPhone", Good with { ReporterPhone = "hello" } },
        { "reporterIdentity", Good with { Channel = IntakeChannel.Web, ReporterPhone = null, ReporterIdentity = " " } },
        { "channel", Good with { Channel = (IntakeChannel)42 } },
        { "consentNotice", Good with { ConsentNotice = new string('v', SubmissionLimits.ConsentNotice + 1) } },
        { "consentNotice", Good with { ConsentNotice = "privacy 2026" } },
        { "consentNotice", Good with { ConsentNotice = "隱私-2026" } },
        { "consentNotice", Good with { ConsentNotice = "privacy\u202E-2026" } },
    };

    [Fact]
    public void Good_submission_is_accepted_with_its_number_normalised()
    {
        var (valid, errors) = Validator.Validate(Good, Now);

        Assert.Empty(errors);
        Assert.Equal(8613912345678, valid!.Target.E164);
        Assert.Equal("+8613700001111", valid.ReporterIdentity);
    }

    [Fact]
    public void A_number_the_channel_already_read_is_taken_as_given_and_its_text_kept_as_evidence()
    {
        var target = PhoneNumberNormalizer.Default.Normalize("13912345678");

        var (valid, errors) = Validator.Validate(Good with { TargetText = "一三九一二三四五六七八", Target = target }, Now);

        Assert.Empty(errors);
        Assert.Equal(target, valid!.Target);
        Assert.Equal("一三九一二三四五六七八", valid.Submission.TargetText);
    }

    [Fact]
    public void Consent_notice_version_is_accepted_and_kept_as_given()
    {
        var (valid, errors) = Validator.Validate(Good with { ConsentNotice = "privacy-2026-12" }, Now);

        Assert.Empty(errors);
        Assert.Equal("privacy-2026-12", valid!.Submission.ConsentNotice);
    }

    [Fact]
    public void Markup_in_the_content_is_kept_as_evidence_not_refused()
    {
        var (valid, errors) = Validator.Validate(Good with { Content = "<b>貸款</b> 'OR 1=1 --" }, Now);

        Assert.Empty(errors);
        Assert.Equal("<b>貸款</b> 'OR 1=1 --", valid!.Submission.Content);
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void Bad_submission_is_refused_naming_the_field(string field, ReportSubmission submission)
    {
        var (valid, errors) = Validator.Validate(submission, Now);

        Assert.Null(valid);
        Assert.Contains(errors, e => e.Field == field);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var (_, errors) = Validator.Validate(Good with { TargetText = "", IdempotencyKey = "", CategoryCode = "nope" }, Now);

        Assert.Equal(["category", "idempotencyKey", "target"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Any_text_in_any_field_gives_an_answer_and_never_throws() =>
        Gen.Select(Gen.String, Gen.String, Gen.String, Gen.String).Sample((target, key, reason, identity) =>
        {
            var (valid, errors) = Validator.Validate(Good with { TargetText = target, IdempotencyKey = key, Reason = reason, ReporterPhone = null, ReporterIdentity = identity, Channel = IntakeChannel.Web }, Now);
            return (valid is null) != (errors.Count == 0);
        });
}
