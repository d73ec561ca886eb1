using CallWarden.Core.Numbers;
using CallWarden.Web.Numbers;

namespace CallWarden.Web.Pages.Lookup;

/// <summary>The addresses the lookup pages lead to; a number is named by its <see cref="NumberInput.Canonical"/> text.</summary>
internal static class LookupLinks
{
    public const string Search = "/numbers";

    /// <summary>The canonical page of a number: <c>/numbers/+8613912345678</c>, <c>/numbers/95588</c>.</summary>
    public static string Page(PhoneNumber number) => Search + "/" + NumberInput.Canonical(number);

    /// <summary>The search page with <paramref name="text"/> in the box (and what is wrong with it beside).</summary>
    public static string SearchFor(string text) => Search + "?number=" + Uri.EscapeDataString(text);

    /// <summary>The report form, which fills the number in.</summary>
    public static string Report(string key) => "/report?number=" + Uri.EscapeDataString(key);

    /// <summary>"This number is legitimate" feedback, for which the reader first proves a phone.</summary>
    public static string Legitimate(string key) => Search + "/" + key + "/legitimate";
}
