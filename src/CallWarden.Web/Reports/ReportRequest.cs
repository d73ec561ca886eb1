using CallWarden.Core.Localization;
using CallWarden.Data.Intake;

namespace CallWarden.Web.Reports;

/// <summary>
/// A report as the API takes it. A signed-in reporter is the reporter; a client key or staff names
/// the reporter with <see cref="ReporterPhone"/> or <see cref="ReporterIdentity"/>.
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
    string? Language = null)
{
    public ReportSubmission ToSubmission(string rawPayload, DateTimeOffset receivedAt, string? reporterPhone, string? reporterIdentity) => new(
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
        Language: DisplayLanguages.FromCultureName(Language));
}
