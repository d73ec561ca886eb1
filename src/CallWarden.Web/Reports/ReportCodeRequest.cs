namespace CallWarden.Web.Reports;

/// <summary>Asks for a one-time code to the reporter's mobile, to read a report filed from it.</summary>
/// <param name="Language">The language of the SMS (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>en</c>); simplified Chinese by default.</param>
internal sealed record ReportCodeRequest(string? Phone, string? Language = null);
