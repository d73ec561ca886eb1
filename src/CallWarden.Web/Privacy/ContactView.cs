using CallWarden.Core.Localization;
using CallWarden.Data.Privacy;

namespace CallWarden.Web.Privacy;

/// <summary>The contact details as stored, as the API gives them.</summary>
internal sealed record ContactView(string Phone, string? Name, string? Email, string? Language)
{
    public static ContactView Of(ContactDetails contact) => new(contact.Phone, contact.Name, contact.Email, contact.Language?.Tag());
}
