using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Web.Registry;

/// <summary>
/// Who may read and change a subscriber's refusals: the subscriber signed in with that phone, an
/// administrator, and a carrier's app (a key with <c>registry:refusals</c> bound to a carrier) for the
/// numbers that carrier serves. Nobody else learns even whether the number refused anything.
/// </summary>
internal static class RefusalAccess
{
    public static bool Allows(Caller caller, HttpContext? http)
    {
        if (caller is { IsKey: false, Role: Roles.Administrator })
        {
            return true;
        }

        if (http is null || Subscriber(http) is not { IsValid: true } number)
        {
            return false;
        }

        if (caller.IsKey)
        {
            // Number portability makes the carrier a hint; the override table is what a carrier can correct.
            return caller.Scopes.Contains(Scopes.RegistryRefusals) && caller.Carrier != Carrier.Unknown
                && NumberAttributor.Default.Attribute(number).Carrier == caller.Carrier;
        }

        return caller.Phone == number.E164;
    }

    /// <summary>The <c>{number}</c> of the route, read in the engine's region.</summary>
    public static PhoneNumber Subscriber(HttpContext http)
    {
        var written = http.Request.RouteValues["number"] as string;
        if (string.IsNullOrEmpty(written) || written.Length > RulePattern.MaxTextLength)
        {
            return PhoneNumber.Invalid;
        }

        var region = http.RequestServices.GetRequiredService<ScreeningEngine>().Options.Region;
        return PhoneNumberNormalizer.Default.Normalize(written, region);
    }
}
