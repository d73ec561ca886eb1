namespace CallWarden.Web.Site;

/// <summary>
/// What <c>_PhoneCode.cshtml</c> draws: the phone field with its "send code" button, the code the demo
/// shows, and the code field. The page names its fields and its texts; the partial keeps one markup for
/// every page that proves a phone.
/// </summary>
internal sealed record PhoneCodeView(
    string PhoneField,
    string CodeField,
    string PhoneLabel,
    string PhoneHint,
    string? PhoneValue,
    string SendAction)
{
    /// <summary>The phone is already proved: no button, no code field, this text instead.</summary>
    public string? ProvenText { get; init; }

    public bool CodeSent { get; init; }

    public bool ShowCodeField { get; init; }

    public string? SentText { get; init; }

    public string? DemoCode { get; init; }
}
