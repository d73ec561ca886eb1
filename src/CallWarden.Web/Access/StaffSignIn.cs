using System.Globalization;
using System.Security.Claims;
using CallWarden.Data.Access;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Web.Access;

/// <summary>
/// Signs a member of staff in by login and password: the API's <c>POST /access/login</c> and the
/// desks' sign-in page both come here, so the claims a session carries are written in one place.
/// </summary>
internal static class StaffSignIn
{
    public const int MaxLoginLength = 64;
    public const int MaxPasswordLength = 256;

    public static async Task<StaffSignInResult> SignInAsync(HttpContext http, AccessAccounts accounts, string login, string password)
    {
        var user = await accounts.CheckPasswordAsync(login, password, http.RequestAborted);
        if (user is null)
        {
            return StaffSignInResult.Unknown;
        }

        if (user.DisabledAt is not null)
        {
            return StaffSignInResult.Disabled;
        }

        List<Claim> claims = [new(ClaimTypes.Role, user.Role.ToRole())];
        if (user.CarrierCode is { } carrier)
        {
            claims.Add(new Claim(CallerClaims.Carrier, carrier));
        }

        if (user.Phone is { } phone)
        {
            claims.Add(new Claim(CallerClaims.Phone, phone.ToString(CultureInfo.InvariantCulture)));
        }

        await SessionSignIn.SignInAsync(http, AccessAccounts.Subject(user.Login), claims);
        return StaffSignInResult.SignedIn;
    }
}
