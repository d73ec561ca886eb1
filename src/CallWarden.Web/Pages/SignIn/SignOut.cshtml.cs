using CallWarden.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages.SignIn;

/// <summary><c>/sign-out</c>: a POST ends the session (cookie and server-side record); the page then says so (and offers the button while still signed in).</summary>
internal sealed class SignOutModel : PageModel
{
    /// <summary>The signed-in phone as E.164, or null when nobody is signed in with a phone.</summary>
    public string? SignedInAs { get; private set; }

    public bool IsSignedIn { get; private set; }

    public void OnGet()
    {
        IsSignedIn = User.Identity?.IsAuthenticated == true;
        SignedInAs = PhoneSignIn.Phone(HttpContext) is { } phone ? "+" + phone.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Ends the server-side session too: a copy of the cookie signs nobody in afterwards.
        await SessionSignIn.SignOutAsync(HttpContext);
        return RedirectToPage();
    }
}
