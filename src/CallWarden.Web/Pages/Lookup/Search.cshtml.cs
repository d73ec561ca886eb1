using CallWarden.Web.Access;
using CallWarden.Web.Numbers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Lookup;

/// <summary>
/// <c>GET /numbers</c>: the lookup box. With <c>?number=</c> (the home page's box submits here) a
/// number goes to its page; anything else comes back with what to type beside the box.
/// </summary>
[EnableRateLimiting(RateLimits.Lookup)]
internal sealed class SearchModel(IStringLocalizer<LookupText> text) : PageModel
{
    public const string Field = "number";

    /// <summary>What was typed, shown again in the box (no longer than the box takes).</summary>
    public string Input { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        // Asked for explicitly rather than bound: binding reads an empty box as no box at all.
        if (!Request.Query.TryGetValue(Field, out var values))
        {
            return Page();
        }

        var typed = values.Count > 0 ? values[0] ?? string.Empty : string.Empty;
        var number = NumberInput.Parse(typed);
        if (number.IsValid)
        {
            return Redirect(LookupLinks.Page(number));
        }

        Input = typed.Length > NumberInput.MaxLength ? typed[..NumberInput.MaxLength] : typed;
        ModelState.AddModelError(Field, text["NumberError"]);
        return Page();
    }
}
