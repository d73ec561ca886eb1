using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages.Privacy;

/// <summary>
/// <c>/privacy/accept?returnUrl=/path</c>: a phone signed in under an earlier notice reads the one in force
/// and agrees (its consent is recorded, its session renewed with the new version, back to the page it
/// asked for) or declines (signed out, <c>/privacy/declined</c> explains what that means).
/// </summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class AcceptModel(PrivacyNotices notices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public NoticeText Notice { get; private set; } = null!;

    /// <summary>The version the session agreed to; null for a session from before notices were versioned.</summary>
    public string? Agreed { get; private set; }

    public string Target => LocalPaths.IsLocal(ReturnUrl) ? ReturnUrl! : "/my-data";

    public void OnGet()
    {
        Notice = notices.Text(notices.Current, SiteLanguages.Current);
        Agreed = PhoneSignIn.AgreedNotice(HttpContext);
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        var phone = PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in.");
        await SessionSignIn.SignOutAsync(HttpContext);
        await PhoneSignIn.SignInAsync(HttpContext, new PhoneNumber(phone, NumberKind.Mobile));
        return LocalRedirect(Target);
    }

    public async Task<IActionResult> OnPostDeclineAsync()
    {
        await SessionSignIn.SignOutAsync(HttpContext);
        return RedirectToPage("Declined");
    }
}
