using System.Globalization;
using System.Security.Claims;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Web.Access;

/// <summary>
/// Signs a person in by the mobile number they just proved with a one-time code: a reporter whose
/// phone is that number. The same session files reports, reads that phone's reports and edits
/// that phone's screening rules (the API's <c>RulesAccess</c> and report checks read the phone claim).
/// Signing in agrees to the privacy notice in force, which the sign-in pages show: the consent is
/// recorded and the session remembers the version, so a later notice asks again (<see cref="NoticeGate"/>).
/// </summary>
internal static class PhoneSignIn
{
    public static async Task SignInAsync(HttpContext http, PhoneNumber phone)
    {
        var ledger = http.RequestServices.GetRequiredService<ConsentLedger>();
        await ledger.RecordAsync(phone, ConsentPurpose.SignIn, IntakeChannel.Web, http.RequestAborted);
        await SessionSignIn.SignInAsync(http, "phone:" + phone.ToE164String(),
        [
            new(ClaimTypes.Role, Roles.Reporter),
            new(CallerClaims.Phone, phone.E164.ToString(CultureInfo.InvariantCulture)),
            new(CallerClaims.Notice, ledger.Notices.Current),
        ]);
    }

    /// <summary>The proven phone of the signed-in person, if they signed in with one.</summary>
    public static long? Phone(HttpContext http) => Caller.From(http.User) is { IsKey: false, Phone: { } phone } ? phone : null;

    /// <summary>The notice version the signed-in phone agreed to; null for a session from before notices were versioned.</summary>
    public static string? AgreedNotice(HttpContext http) => http.User.FindFirstValue(CallerClaims.Notice);
}
