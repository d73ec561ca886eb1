using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Core.Registry;
using CallWarden.Data.Registry;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Refusals;

/// <summary>
/// <c>/refuse-marketing</c>: a person signed in with their phone (a one-time code on the sign-in page)
/// chooses which marketing calls to refuse, refuses them all, or withdraws; the change goes through the
/// same <see cref="RefusalRegistry"/> as the SMS command and the API, and is confirmed on the next page and by SMS (issue #10 part 5).
/// </summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class IndexModel(RefusalRegistry registry, IStringLocalizer<RefusalsText> text) : PageModel
{
    [BindProperty]
    public List<string> Categories { get; set; } = [];

    public MarketingCategories Refused { get; private set; }

    /// <summary>The signed-in phone, masked (139****5678).</summary>
    public string Phone => PhoneNumberMask.Mask(new PhoneNumber(Subscriber, NumberKind.Mobile));

    private long Subscriber => PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in.");

    public async Task OnGetAsync() => Refused = await registry.RefusedAsync(Subscriber, HttpContext.RequestAborted);

    /// <summary>Refuses exactly the categories ticked.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        MarketingCategoryNames.TryParseCodes(Categories, out var chosen, out _);
        if (chosen == MarketingCategories.None)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Categories), text["NoneChosen"]);
            Refused = await registry.RefusedAsync(Subscriber, HttpContext.RequestAborted);
            return Page();
        }

        return await ChangeAsync(chosen, MarketingCategories.All & ~chosen);
    }

    public Task<IActionResult> OnPostAllAsync() => ChangeAsync(MarketingCategories.All, MarketingCategories.None);

    public Task<IActionResult> OnPostWithdrawAsync() => ChangeAsync(MarketingCategories.None, MarketingCategories.All);

    private async Task<IActionResult> ChangeAsync(MarketingCategories refuse, MarketingCategories withdraw)
    {
        await registry.ChangeAsync(Subscriber, refuse, withdraw, "web", null, SiteLanguages.Current, HttpContext.RequestAborted);
        return RedirectToPage("/Refusals/Done");
    }
}
