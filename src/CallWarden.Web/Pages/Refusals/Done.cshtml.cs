using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Core.Registry;
using CallWarden.Data.Registry;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages.Refusals;

/// <summary><c>/refuse-marketing/done</c>: what the signed-in phone refuses now, confirmed in the reader's language, and what happens next.</summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class DoneModel(RefusalRegistry registry) : PageModel
{
    public MarketingCategories Refused { get; private set; }

    public string Phone { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        var subscriber = PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in.");
        Phone = PhoneNumberMask.Mask(new PhoneNumber(subscriber, NumberKind.Mobile));
        Refused = await registry.RefusedAsync(subscriber, HttpContext.RequestAborted);
    }
}
