using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CallWarden.Core.Localization;
using CallWarden.Core.Privacy;
using CallWarden.Core.Reports;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using CallWarden.Web.Site;

namespace CallWarden.Web.Pages.Report;

/// <summary>
/// Files a checked form through the one intake every channel uses: the reporter is the proven phone,
/// counted against the same hourly limit as the API's reporters; the form's id makes a second submit
/// of the same form the first one's report; the evidence rows follow the committed report.
/// </summary>
internal sealed class ReportFiling(ReportIntake intake, ReporterLimits limiter, PrivacyNotices notices, TimeProvider time)
{
    private static readonly JsonSerializerOptions Evidence = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<ReportFiled> FileAsync(CheckedReport report, EvidenceStore evidence, DisplayLanguage language, CancellationToken cancellationToken)
    {
        var phone = report.ReporterPhone.ToE164String();
        if (limiter.Refusal(phone, null, "web") is { } wait)
        {
            return new ReportFiled(null, wait, []);
        }

        var now = time.GetUtcNow();
        var result = await intake.SubmitAsync(
            new ReportSubmission(
                IntakeChannel.Web,
                RawPayload(report, notices.Current),
                now,
                ReporterPhone: phone,
                ReporterIdentity: null,
                IdempotencyKey: $"web:{phone}:{report.FormId}",
                TargetText: report.TargetText,
                CategoryCode: report.Category.ToCode(),
                OccurredAt: report.OccurredAt,
                Content: report.Content,
                ProofOfCall: report.Evidence?.IsRecording == true,
                Language: language,
                ConsentNotice: notices.Current,
                CalledText: report.Called?.ToE164String()),
            cancellationToken);
        if (result.Receipt is not { } receipt)
        {
            return new ReportFiled(null, null, result.Errors);
        }

        if (report.Evidence is { } file)
        {
            await evidence.RecordAsync(receipt.Reference, [file], now, cancellationToken);
        }

        return new ReportFiled(receipt.Reference, null, []);
    }

    /// <summary>Every answer as the reporter gave it, kept with the report as evidence (the code never is).</summary>
    private static string RawPayload(CheckedReport r, string notice) => JsonSerializer.Serialize(
        new
        {
            form = "report",
            target = r.TargetText,
            calledNumber = r.Called?.ToE164String(),
            medium = r.Medium.ToString().ToLowerInvariant(),
            occurredAt = r.OccurredAt,
            durationMinutes = r.DurationMinutes,
            category = r.Category.ToCode(),
            content = r.Content,
            evidence = r.Evidence is { } e ? new { name = e.FileName, type = e.DetectedType, sha256 = e.Sha256, size = e.Bytes.Length } : null,
            reporterPhone = r.ReporterPhone.ToE164String(),
            name = r.Name,
            email = r.Email,
            consent = notice,
        },
        Evidence);
}
