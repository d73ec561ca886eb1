namespace CallWarden.Web.Pages.Business;

/// <summary>The business application form as posted; <see cref="Lines"/> has <see cref="ApplyModel.Rows"/> rows.</summary>
internal sealed class ApplicationForm
{
    public string? Name { get; set; }

    public string? NameTraditional { get; set; }

    public string? NameEnglish { get; set; }

    public string? Licence { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public List<LineForm> Lines { get; set; } = [];
}
