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

    /// <returns>How it ended and, when <see cref="StaffSignInResult.Locked"/>, how long until the login may be tried again.</returns>
    public static async Task<(StaffSignInResult Result, TimeSpan RetryAfter)> SignInAsync(
        HttpContext http, AccessAccounts accounts, LoginBackoff backoff, string login, string password)
    {
        if (await backoff.LockedForAsync(login, http.RequestAborted) is { } locked)
        {
            return (StaffSignInResult.Locked, locked);
        }

        var user = await accounts.CheckPasswordAsync(login, password, http.RequestAborted);
        if (user is null)
        {
            return await backoff.FailedAsync(login, http.RequestAborted) is { } lockedNow
                ? (StaffSignInResult.Locked, lockedNow)
                : (StaffSignInResult.Unknown, TimeSpan.Zero);
        }

        await backoff.SucceededAsync(login, http.RequestAborted);
        if (user.DisabledAt is not null)
        {
            return (StaffSignInResult.Disabled, TimeSpan.Zero);
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
        return (StaffSignInResult.SignedIn, TimeSpan.Zero);
    }
}
