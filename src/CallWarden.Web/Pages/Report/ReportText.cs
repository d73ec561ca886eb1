namespace CallWarden.Web.Pages.Report;

/// <summary>The texts of the report form, its check page and its confirmation, in <c>ReportText.resx</c> and its translations.</summary>
internal sealed class ReportText;
