using CallWarden.Web.Access;
using CallWarden.Web.Numbers;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Lookup;

/// <summary>
/// <c>GET /numbers/{number}</c>: what is known about one number. Any other way of writing it
/// (<c>/numbers/139 1234 5678</c>) moves permanently to its canonical address (E.164, a short code's
/// digits); text that is no number goes back to the lookup box, which says what to type.
/// </summary>
[EnableRateLimiting(RateLimits.Lookup)]
internal sealed class NumberModel(LookupCache cache, IStringLocalizer<LookupText> text) : PageModel
{
    public LookupFacts Facts { get; private set; } = null!;

    public LookupView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number)
    {
        var parsed = NumberInput.Parse(number);
        if (!parsed.IsValid)
        {
            // One character more than the box takes keeps an overlong text overlong, so still refused.
            return Redirect(LookupLinks.SearchFor(number.Length > NumberInput.MaxLength ? number[..(NumberInput.MaxLength + 1)] : number));
        }

        if (!string.Equals(number, NumberInput.Canonical(parsed), StringComparison.Ordinal))
        {
            return RedirectPermanent(LookupLinks.Page(parsed));
        }

        Facts = await cache.GetAsync(parsed);
        View = Facts.ViewIn(SiteLanguages.Current, text);
        return Page();
    }
}
