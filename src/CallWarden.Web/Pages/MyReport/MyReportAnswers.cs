namespace CallWarden.Web.Pages.MyReport;

/// <summary>What My report asks before it shows anything: the reference, the phone it was sent from, and that phone's code.</summary>
internal sealed class MyReportAnswers
{
    public string? Reference { get; set; }

    public string? Phone { get; set; }

    public string? Code { get; set; }

    public bool CodeSent { get; set; }
}
