namespace CallWarden.Web.Pages.Report;

/// <summary>How the nuisance came: a call or a text message (its form value is the lower-case name).</summary>
internal enum ReportMedium
{
    Call,
    Sms,
}
