using CallWarden.Core.Localization;
using CallWarden.Data.Intake;

namespace CallWarden.Web.Reports;

/// <summary>
/// A report as the API takes it. A signed-in reporter is the reporter; a client key or staff names
/// the reporter with <see cref="ReporterPhone"/> or <see cref="ReporterIdentity"/>. When the caller's
/// number was not shown, <see cref="Target"/> says so (<c>anonymous</c>, <c>未显示号码</c>) and
/// <see cref="CalledNumber"/> names the line that was called, with <see cref="OccurredAt"/> required.
/// </summary>
internal sealed record ReportRequest(
    string? Target,
    string? Category = null,
    DateTimeOffset? OccurredAt = null,
    string? Reason = null,
    string? Content = null,
    string? ReporterPhone = null,
    string? ReporterIdentity = null,
    string? IdempotencyKey = null,
    bool ProofOfCall = false,
    string? Language = null,
    string? CalledNumber = null)
{
    /// <param name="submitter">The API key or login whose idempotency keys these are (<see cref="Access.Caller.Submitter"/>).</param>
    public ReportSubmission ToSubmission(string rawPayload, DateTimeOffset receivedAt, string? reporterPhone, string? reporterIdentity, string? submitter) => new(
        IntakeChannel.Api,
        rawPayload,
        receivedAt,
        reporterPhone,
        reporterIdentity,
        string.IsNullOrWhiteSpace(IdempotencyKey) ? $"api:{Guid.NewGuid():N}" : $"api:{IdempotencyKey.Trim()}",
        Target ?? string.Empty,
        Category,
        OccurredAt,
        Reason,
        Content,
        ProofOfCall,
        Language: DisplayLanguages.FromCultureName(Language),
        CalledText: CalledNumber,
        Caller: submitter);
}
