using System.Globalization;
using System.Security.Claims;
using CallWarden.Core.Numbers;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Web.Access;

/// <summary>
/// Signs a person in by the mobile number they just proved with a one-time code: a reporter whose
/// phone is that number. The same session files reports, reads that phone's reports and edits
/// that phone's screening rules (the API's <c>RulesAccess</c> and report checks read the phone claim).
/// </summary>
internal static class PhoneSignIn
{
    public static Task SignInAsync(HttpContext http, PhoneNumber phone) => SessionSignIn.SignInAsync(http, "phone:" + phone.ToE164String(),
    [
        new(ClaimTypes.Role, Roles.Reporter),
        new(CallerClaims.Phone, phone.E164.ToString(CultureInfo.InvariantCulture)),
    ]);

    /// <summary>The proven phone of the signed-in person, if they signed in with one.</summary>
    public static long? Phone(HttpContext http) => Caller.From(http.User) is { IsKey: false, Phone: { } phone } ? phone : null;
}
