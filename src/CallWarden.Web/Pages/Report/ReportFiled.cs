using CallWarden.Data.Intake;

namespace CallWarden.Web.Pages.Report;

/// <summary>What filing gave: the reference; or how long the reporter must wait; or intake's refusals (a check the form missed).</summary>
internal sealed record ReportFiled(string? Reference, TimeSpan? RetryAfter, IReadOnlyList<FieldError> Refusals);
