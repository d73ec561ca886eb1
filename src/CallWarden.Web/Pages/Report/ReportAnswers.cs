using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Web.Pages.Report;

/// <summary>
/// The report form's answers exactly as typed: every one a string, so that nothing a person wrote is
/// lost on a round trip, and nothing is trusted until <see cref="ReportAnswersCheck"/> has read it.
/// The properties are in the form's order, which is the order of the error summary.
/// </summary>
internal sealed class ReportAnswers
{
    /// <summary>One per form, made by the server: the idempotency key that makes a double submit file once.</summary>
    public string? FormId { get; set; }

    public string? Target { get; set; }

    /// <summary>Only when the caller's number was not shown: the line that was called.</summary>
    public string? CalledNumber { get; set; }

    /// <summary><see cref="ReportMedium"/> as <c>call</c> or <c>sms</c>.</summary>
    public string? Medium { get; set; }

    /// <summary>China time, as <c>&lt;input type="datetime-local"&gt;</c> sends it (<c>2026-11-29T14:30</c>) or as typed.</summary>
    public string? OccurredAt { get; set; }

    public string? Duration { get; set; }

    /// <summary>A category code (<c>harassment</c>).</summary>
    public string? Category { get; set; }

    public string? Content { get; set; }

    /// <summary>A file chosen with this post; once checked and stored it is kept as the three fields below.</summary>
    [JsonIgnore]
    public IFormFile? Upload { get; set; }

    public string? EvidenceSha256 { get; set; }

    public string? EvidenceName { get; set; }

    public string? EvidenceType { get; set; }

    /// <summary>The person ticked "remove this file": the evidence goes with this post.</summary>
    [JsonIgnore]
    public bool RemoveEvidence { get; set; }

    public string? ReporterPhone { get; set; }

    /// <summary>The one-time code; never kept beyond the post that carried it.</summary>
    [JsonIgnore]
    public string? Code { get; set; }

    /// <summary>A code went to <see cref="ReporterPhone"/>: the page shows the code field.</summary>
    public bool CodeSent { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public bool Consent { get; set; }

    [JsonIgnore]
    public bool HasEvidence => !string.IsNullOrEmpty(EvidenceSha256);
}
