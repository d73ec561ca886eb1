using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;

namespace CallWarden.Data.Intake;

/// <summary>Checks a submission field by field; every problem is reported, each with its field's name.</summary>
internal sealed class SubmissionValidator(IntakeOptions options, PhoneNumberNormalizer normalizer)
{
    public (ValidatedSubmission? Valid, IReadOnlyList<FieldError> Errors) Validate(ReportSubmission s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        List<FieldError> errors = [];
        void Refuse(string field, string message) => errors.Add(new FieldError(field, message));

        if (!Enum.IsDefined(s.Channel))
        {
            Refuse("channel", $"must be one of {string.Join(", ", Enum.GetNames<IntakeChannel>())}");
        }

        if (!Enum.IsDefined(s.Kind))
        {
            Refuse("kind", $"must be one of {string.Join(", ", Enum.GetNames<EvidenceKind>())}");
        }

        Text("rawPayload", s.RawPayload, SubmissionLimits.RawPayload, multiline: true, required: false);
        if (s.ReceivedAt == default || s.ReceivedAt > now + options.ClockSkew)
        {
            Refuse("receivedAt", "must be the time the report arrived, not empty and not in the future");
        }

        if (Text("idempotencyKey", s.IdempotencyKey, SubmissionLimits.IdempotencyKey, multiline: false, required: true)
            && !s.IdempotencyKey.All(c => c is > ' ' and < '\u007f'))
        {
            Refuse("idempotencyKey", "may hold only printable ASCII characters without spaces");
        }

        var target = PhoneNumber.Invalid;
        PhoneNumber? called = null;
        if (Text("target", s.TargetText, SubmissionLimits.TargetText, multiline: false, required: true))
        {
            target = s.Target ?? normalizer.Normalize(s.TargetText);
            if (target.Kind == NumberKind.Emergency)
            {
                Refuse("target", $"{s.TargetText} is an emergency number and cannot be reported");
            }
            else if (target.Kind == NumberKind.Anonymous)
            {
                called = CalledLine(s, Refuse);
            }
            else if (!target.IsValid)
            {
                Refuse("target", $"'{s.TargetText}' is not a phone number, e.g. 13912345678 or 010-12345678");
            }
        }

        var category = ReportCategory.Other;
        if (!string.IsNullOrEmpty(s.CategoryCode) && !ReportCategoryExtensions.TryParseCode(s.CategoryCode, out category))
        {
            Refuse("category", $"must be one of {string.Join(", ", Enum.GetValues<ReportCategory>().Select(c => c.ToCode()))}");
        }

        if (s.OccurredAt is { } occurred && s.ReceivedAt != default)
        {
            if (occurred > s.ReceivedAt + options.ClockSkew)
            {
                Refuse("occurredAt", "is in the future: a call can only be reported after it happened");
            }
            else if (occurred < s.ReceivedAt - options.OldestOccurrence)
            {
                Refuse("occurredAt", $"is more than {options.OldestOccurrence.TotalDays:0} days ago");
            }
        }

        Text("reason", s.Reason, SubmissionLimits.Reason, multiline: false, required: false);
        Text("content", s.Content, SubmissionLimits.Content, multiline: true, required: false);
        if (s.ConsentNotice is { } notice
            && Text("consentNotice", notice, SubmissionLimits.ConsentNotice, multiline: false, required: false)
            && !notice.All(c => c is > ' ' and < '\u007f'))
        {
            Refuse("consentNotice", "may hold only printable ASCII characters without spaces, e.g. privacy-2026-12");
        }

        var (identity, phone) = Reporter(s, Refuse);
        return errors.Count > 0 || identity is null
            ? (null, errors)
            : (new ValidatedSubmission(s, target, category, identity, phone, called), errors);

        bool Text(string field, string? text, int max, bool multiline, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    Refuse(field, "is required");
                }

                return false;
            }

            var problem = SubmissionText.Problem(text, max, multiline);
            if (problem is not null)
            {
                Refuse(field, problem);
                return false;
            }

            return true;
        }
    }

    /// <summary>
    /// A call whose number was not shown is reported by the line it reached and the time, so that the
    /// called line's carrier can find the caller in its call records (issue #14 item 8).
    /// </summary>
    private PhoneNumber? CalledLine(ReportSubmission s, Action<string, string> refuse)
    {
        if (s.OccurredAt is null)
        {
            refuse("occurredAt", "is required when the caller's number was not shown: the carrier finds the call by its time");
        }

        if (string.IsNullOrWhiteSpace(s.CalledText))
        {
            refuse("calledNumber", "is required when the caller's number was not shown: the number that received the call, e.g. 010-62345678");
            return null;
        }

        var called = s.CalledText.Length <= SubmissionLimits.TargetText ? normalizer.Normalize(s.CalledText) : PhoneNumber.Invalid;
        if (!called.IsValid || called.Kind == NumberKind.Emergency)
        {
            refuse("calledNumber", "is not a phone number that receives calls, e.g. 13912345678 or 010-62345678");
            return null;
        }

        return called;
    }

    /// <summary>A phone identifies a reporter across channels; otherwise the channel's identity does.</summary>
    private (string? Identity, long? Phone) Reporter(ReportSubmission s, Action<string, string> refuse)
    {
        if (!string.IsNullOrWhiteSpace(s.ReporterPhone))
        {
            var phone = s.ReporterPhone.Length <= SubmissionLimits.TargetText ? normalizer.Normalize(s.ReporterPhone) : PhoneNumber.Invalid;
            if (phone.IsValid)
            {
                return (phone.ToE164String(), phone.E164);
            }

            refuse("reporterPhone", "is not a phone number");
            return (null, null);
        }

        if (s.Channel == IntakeChannel.Sms)
        {
            refuse("reporterPhone", "an SMS report needs the sender's number");
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(s.ReporterIdentity))
        {
            refuse("reporterIdentity", "is required when there is no reporter phone");
            return (null, null);
        }

        var problem = SubmissionText.Problem(s.ReporterIdentity, SubmissionLimits.ReporterIdentity, multiline: false);
        if (problem is not null)
        {
            refuse("reporterIdentity", problem);
            return (null, null);
        }

        return (s.ReporterIdentity.Trim(), null);
    }
}
