using System.Security.Claims;
using CallWarden.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Access;

/// <summary>
/// Every cookie session goes through here: signing in opens a server-side session whose token the
/// cookie carries; every request checks it (<see cref="ValidateAsync"/>); signing out ends it, so a
/// copied cookie is worthless after logout, and disabling a login ends its sessions at once.
/// </summary>
internal static class SessionSignIn
{
    private const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static async Task SignInAsync(HttpContext http, string subject, List<Claim> claims)
    {
        var store = http.RequestServices.GetRequiredService<SessionStore>();
        var lifetime = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.SessionLifetime;
        var token = await store.StartAsync(subject, lifetime, http.RequestAborted);
        claims.Add(new Claim(ClaimTypes.NameIdentifier, subject));
        claims.Add(new Claim(CallerClaims.Kind, "cookie"));
        claims.Add(new Claim(CallerClaims.Session, token));
        await http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme)));
    }

    public static async Task SignOutAsync(HttpContext http)
    {
        await http.RequestServices.GetRequiredService<SessionStore>().EndAsync(http.User.FindFirstValue(CallerClaims.Session), "logout", http.RequestAborted);
        await http.SignOutAsync(Scheme);
    }

    /// <summary>The cookie handler's check on every request: a cookie whose session is no longer open signs nobody in.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var lifetime = context.HttpContext.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.SessionLifetime;
        if (!await store.IsOpenAsync(context.Principal?.FindFirstValue(CallerClaims.Session), lifetime, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
