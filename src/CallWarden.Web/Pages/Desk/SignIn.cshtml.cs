using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk;

/// <summary>
/// <c>/desk/sign-in?returnUrl=/desk/…</c>: staff sign in with login and password (the same check and
/// claims as <c>POST /api/v1/access/login</c>) and go back to the desk page that asked, else to their desk.
/// </summary>
[EnableRateLimiting(RateLimits.Login)]
internal sealed class SignInModel(AccessAccounts accounts, LoginBackoff backoff, IStringLocalizer<DeskText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>A refusal that is about both fields together (wrong login or password, a disabled login).</summary>
    public string? Refusal { get; private set; }

    public string Target => LocalPaths.IsLocal(ReturnUrl) ? ReturnUrl : DeskHome.Path;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var password = Password;
        Password = null;
        if (string.IsNullOrWhiteSpace(Login))
        {
            ModelState.AddModelError(nameof(Login), text["LoginMissing"]);
        }
        else if (Login.Length > StaffSignIn.MaxLoginLength)
        {
            ModelState.AddModelError(nameof(Login), text["LoginTooLong", StaffSignIn.MaxLoginLength]);
        }

        if (string.IsNullOrEmpty(password))
        {
            ModelState.AddModelError(nameof(Password), text["PasswordMissing"]);
        }
        else if (password.Length > StaffSignIn.MaxPasswordLength)
        {
            ModelState.AddModelError(nameof(Password), text["PasswordTooLong", StaffSignIn.MaxPasswordLength]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, retryAfter) = await StaffSignIn.SignInAsync(HttpContext, accounts, backoff, Login!, password!);
        if (result == StaffSignInResult.SignedIn)
        {
            return LocalRedirect(Target);
        }

        // Beside the login field, so the summary links to where the person starts again.
        ModelState.AddModelError(nameof(Login), result switch
        {
            StaffSignInResult.Disabled => text["Disabled"],
            StaffSignInResult.Locked => text["Locked", (int)Math.Ceiling(RateLimits.RetrySeconds(retryAfter) / 60.0)],
            _ => text["WrongPassword"],
        });
        if (result == StaffSignInResult.Locked)
        {
            Response.Headers.RetryAfter = RateLimits.RetrySeconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
