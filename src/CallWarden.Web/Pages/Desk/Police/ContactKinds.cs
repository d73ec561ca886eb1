namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>The resource key naming a kind of contact: a phone, a mail address, or whatever else a channel knew.</summary>
internal static class ContactKinds
{
    public static string Key(string kind) => kind switch
    {
        "phone" => "ContactPhone",
        "mail" or "email" => "ContactMail",
        _ => "ContactOther",
    };
}
