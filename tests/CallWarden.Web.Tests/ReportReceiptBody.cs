namespace CallWarden.Web.Tests;

/// <summary>The JSON of <c>POST /reports</c>' answer, as a client reads it.</summary>
internal sealed record ReportReceiptBody(string Reference, long CaseId, string Status);
