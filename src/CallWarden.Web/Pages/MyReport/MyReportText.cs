namespace CallWarden.Web.Pages.MyReport;

/// <summary>The texts of My report, in <c>MyReportText.resx</c> and its translations.</summary>
internal sealed class MyReportText;
