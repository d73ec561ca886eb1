using System.Globalization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Evidence;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Web.Reports;
using CallWarden.Web.Site;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Report;

/// <summary>
/// Reads every answer of the report form and says, in the reader's language, what to do about each
/// one that cannot be taken. The same check runs on "continue" and again on the final submit, so
/// nothing carried between the steps is trusted. The limits are intake's (<see cref="SubmissionLimits"/>,
/// <see cref="IntakeOptions.OldestOccurrence"/>): what passes here, intake takes.
/// </summary>
internal sealed class ReportAnswersCheck(IStringLocalizer<ReportText> text, IOptions<IntakeOptions> intake, IOptions<ReportFormOptions> form, TimeProvider time)
{
    /// <summary>The longest call the form takes, in minutes: a day.</summary>
    public const int LongestCall = 24 * 60;

    public const int NameLength = 60;

    /// <summary>A typed time may lie this far ahead of the clock: the minute being typed in is not the future.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);

    public DateTimeOffset Now => ChinaTime.Now(time);

    /// <summary>The earliest call time intake takes.</summary>
    public DateTimeOffset Earliest => Now - intake.Value.OldestOccurrence;

    /// <summary>Yesterday 14:30 China time, the example every time message gives.</summary>
    public string ExampleTime => Now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 14:30";

    public int MaxEvidenceMegabytes => (int)(form.Value.MaxEvidenceBytes / (1024 * 1024));

    /// <summary>Every problem, in the form's order, or the checked report when there is none. The code is the page's to check.</summary>
    public async Task<(CheckedReport? Report, List<(string Field, string Message)> Errors)> CheckAsync(ReportAnswers a, EvidenceStore evidence, CancellationToken cancellationToken)
    {
        List<(string Field, string Message)> errors = [];
        var medium = a.Medium switch { "call" => ReportMedium.Call, "sms" => (ReportMedium?)ReportMedium.Sms, _ => null };
        var target = Target(a.Target, medium, errors);
        var called = target.Kind == NumberKind.Anonymous ? Called(a.CalledNumber, errors) : null;
        if (medium is null)
        {
            errors.Add(("Input.Medium", text["MediumMissing"]));
        }

        var occurredAt = OccurredAt(a.OccurredAt, errors);
        var duration = Duration(medium == ReportMedium.Call ? a.Duration : null, errors);
        var category = ReportCategoryExtensions.TryParseCode(a.Category, out var c) ? c : (ReportCategory?)null;
        if (category is null)
        {
            errors.Add(("Input.Category", text["CategoryMissing"]));
        }

        var content = Text("Input.Content", a.Content, SubmissionLimits.Content, multiline: true, errors);
        var file = await EvidenceAsync(a, evidence, errors, cancellationToken);
        var phone = ReporterPhone(a.ReporterPhone, errors);
        var name = Text("Input.Name", a.Name, NameLength, multiline: false, errors);
        var email = Email(a.Email, errors);
        if (!a.Consent)
        {
            errors.Add(("Input.Consent", text["ConsentMissing"]));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var formId = FormIds.IsWellFormed(a.FormId) ? a.FormId! : FormIds.New();
        return (new CheckedReport(formId, target, a.Target!.Trim(), medium!.Value, occurredAt!.Value, duration, category!.Value, content, file, phone, name, email, called), errors);
    }

    /// <summary>The reporter's mobile, or <see cref="PhoneNumber.Invalid"/> with its message added.</summary>
    public PhoneNumber ReporterPhone(string? typed, List<(string Field, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            errors.Add(("Input.ReporterPhone", text["ReporterPhoneMissing"]));
            return PhoneNumber.Invalid;
        }

        var phone = typed.Length <= SubmissionLimits.TargetText ? PhoneNumberNormalizer.Default.Normalize(typed) : PhoneNumber.Invalid;
        if (phone.Kind != NumberKind.Mobile)
        {
            errors.Add(("Input.ReporterPhone", text["ReporterPhoneInvalid"]));
            return PhoneNumber.Invalid;
        }

        return phone;
    }

    /// <summary>
    /// Takes a file chosen with this post: checked as the mail channel checks attachments, stored by its
    /// hash, and kept in the answers from then on. A refused file leaves no evidence in the answers.
    /// </summary>
    public async Task TakeUploadAsync(ReportAnswers a, EvidenceStore evidence, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        if (a.RemoveEvidence)
        {
            (a.EvidenceSha256, a.EvidenceName, a.EvidenceType, a.RemoveEvidence) = (null, null, null, false);
        }

        if (a.Upload is not { } upload || (upload.Length == 0 && string.IsNullOrEmpty(upload.FileName)))
        {
            return;
        }

        (a.EvidenceSha256, a.EvidenceName, a.EvidenceType) = (null, null, null);
        if (upload.Length == 0)
        {
            errors.Add(("Input.Upload", text["EvidenceEmpty"]));
            return;
        }

        if (upload.Length > form.Value.MaxEvidenceBytes)
        {
            errors.Add(("Input.Upload", text["EvidenceTooLarge", MaxEvidenceMegabytes]));
            return;
        }

        var bytes = new byte[upload.Length];
        await using (var stream = upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var file = EvidenceCheck.Check(upload.FileName, upload.ContentType ?? "application/octet-stream", bytes, out var refusal);
        if (file is null)
        {
            errors.Add(("Input.Upload", Refusal(refusal!)));
            return;
        }

        await evidence.WriteFilesAsync([file], cancellationToken);
        (a.EvidenceSha256, a.EvidenceName, a.EvidenceType) = (file.Sha256, EvidenceCheck.Printable(file.FileName), file.DeclaredType);
    }

    private PhoneNumber Target(string? typed, ReportMedium? medium, List<(string Field, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            errors.Add(("Input.Target", text["TargetMissing"]));
            return PhoneNumber.Invalid;
        }

        var number = typed.Length <= SubmissionLimits.TargetText ? PhoneNumberNormalizer.Default.Normalize(typed) : PhoneNumber.Invalid;
        string? problem = number.Kind switch
        {
            // A call whose number was not shown is reported by the line it rang (issue #14 item 8); a text always shows its sender.
            NumberKind.Anonymous => medium == ReportMedium.Sms ? text["TargetWithheld"].Value : null,
            NumberKind.Emergency => text["TargetEmergency", typed.Trim()],
            _ when !number.IsValid || SubmissionText.Problem(typed, SubmissionLimits.TargetText, multiline: false) is not null => text["TargetInvalid"],
            _ => (string?)null,
        };
        if (problem is not null)
        {
            errors.Add(("Input.Target", problem));
        }

        return number;
    }

    /// <summary>The line a withheld caller rang: its carrier can find the call in its records.</summary>
    private PhoneNumber? Called(string? typed, List<(string Field, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            errors.Add(("Input.CalledNumber", text["CalledMissing"]));
            return null;
        }

        var number = typed.Length <= SubmissionLimits.TargetText ? PhoneNumberNormalizer.Default.Normalize(typed) : PhoneNumber.Invalid;
        if (!number.IsValid || number.Kind == NumberKind.Emergency || SubmissionText.Problem(typed, SubmissionLimits.TargetText, multiline: false) is not null)
        {
            errors.Add(("Input.CalledNumber", text["CalledInvalid"]));
            return null;
        }

        return number;
    }

    private DateTimeOffset? OccurredAt(string? typed, List<(string Field, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            errors.Add(("Input.OccurredAt", text["OccurredAtMissing", ExampleTime]));
            return null;
        }

        // The parser of the 12321 SMS grammar: the browser's 2026-11-29T14:30, and what people type without one (昨天下午3点).
        var earliest = SiteFormat.DateTime(Earliest, SiteLanguages.Current);
        var refused = CallTimeParser.Parse(typed.Trim(), Now, Tolerance, intake.Value.OldestOccurrence, out var occurredAt);
        string? problem = refused switch
        {
            null => (string?)null,
            SmsRefusalReason.TimeInFuture => text["OccurredAtFuture", earliest],
            SmsRefusalReason.TimeTooOld => text["OccurredAtTooOld", earliest],
            _ => text["OccurredAtInvalid", ExampleTime],
        };
        if (problem is not null)
        {
            errors.Add(("Input.OccurredAt", problem));
            return null;
        }

        return occurredAt;
    }

    private int? Duration(string? typed, List<(string Field, string Message)> errors)
    {
        var digits = TypedDigits.Ascii(typed);
        if (digits.Length == 0)
        {
            return null;
        }

        if (digits.Length <= 5 && digits.All(char.IsAsciiDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is var minutes and <= LongestCall)
        {
            return minutes;
        }

        errors.Add(("Input.Duration", text["DurationInvalid", LongestCall]));
        return null;
    }

    private string? Text(string field, string? typed, int max, bool multiline, List<(string Field, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var trimmed = typed.Trim();
        if (trimmed.Length > max)
        {
            errors.Add((field, field == "Input.Name" ? text["NameTooLong", max] : text["ContentTooLong", max, trimmed.Length]));
            return null;
        }

        if (SubmissionText.Problem(trimmed, max, multiline) is not null)
        {
            errors.Add((field, text["TextHidden"]));
            return null;
        }

        return trimmed;
    }

    private string? Email(string? typed, List<(string Field, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var trimmed = typed.Trim();
        if (trimmed.Length > SubmissionLimits.ReporterIdentity || !System.Net.Mail.MailAddress.TryCreate(trimmed, out var address)
            || address.Address != trimmed || SubmissionText.Problem(trimmed, SubmissionLimits.ReporterIdentity, multiline: false) is not null)
        {
            errors.Add(("Input.Email", text["EmailInvalid"]));
            return null;
        }

        return trimmed;
    }

    private async Task<EvidenceFile?> EvidenceAsync(ReportAnswers a, EvidenceStore evidence, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        if (!a.HasEvidence)
        {
            return null;
        }

        var bytes = await evidence.ReadAsync(a.EvidenceSha256, cancellationToken);
        if (bytes is null)
        {
            errors.Add(("Input.Upload", text["EvidenceGone"]));
            return null;
        }

        // Checked again from the stored bytes: the name and type came back from the browser.
        var file = EvidenceCheck.Check(a.EvidenceName ?? string.Empty, a.EvidenceType ?? "application/octet-stream", bytes, out var refusal);
        if (file is null)
        {
            errors.Add(("Input.Upload", Refusal(refusal!)));
        }

        return file;
    }

    private string Refusal(EvidenceRefusal refusal) => refusal.Problem == EvidenceProblem.NotEvidence
        ? text["EvidenceNotEvidence", refusal.FileName]
        : text["EvidenceMismatch", refusal.FileName, refusal.Content];
}
