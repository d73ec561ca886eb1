using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Web.Rules;

/// <summary>
/// Who may read and change a subscriber's rules: an administrator, a key with the <c>rules</c>
/// scope (the subscriber's app backend, a carrier's self-care portal), and the subscriber signed in
/// with that phone number. Nobody else learns even whether the number has rules.
/// </summary>
internal static class RulesAccess
{
    public static bool Allows(Caller caller, HttpContext? http)
    {
        if (caller is { IsKey: false, Role: Roles.Administrator } || (caller.IsKey && caller.Scopes.Contains(Scopes.Rules)))
        {
            return true;
        }

        return !caller.IsKey && caller.Phone is { } phone && http is not null && Subscriber(http) is { IsValid: true } number && number.E164 == phone;
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
