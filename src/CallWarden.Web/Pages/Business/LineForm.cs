namespace CallWarden.Web.Pages.Business;

/// <summary>One number row of the application form as posted.</summary>
internal sealed class LineForm
{
    public string? Number { get; set; }

    /// <summary><c>customer_service</c>, <c>marketing</c>, or empty for an unused row.</summary>
    public string? Kind { get; set; }

    public List<string> Categories { get; set; } = [];
}
