using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Admin;

/// <summary>The roles and carriers the admin pages offer and show, in the reader's language, with the API's codes as values.</summary>
internal static class AccessChoices
{
    /// <summary>The roles a login or key may be given (a reporter is a proven phone, never created here).</summary>
    public static IReadOnlyList<string> Roles { get; } = [.. new[] { AccessRole.Analyst, AccessRole.CarrierOperator, AccessRole.PoliceLiaison, AccessRole.Administrator, AccessRole.Client }.Select(r => r.ToRole())];

    public static IReadOnlyList<(string Value, string Text)> RoleOptions(IStringLocalizer<AdminText> text) => [.. Roles.Select(r => (r, RoleName(text, r)))];

    public static IReadOnlyList<(string Value, string Text)> CarrierOptions(IStringLocalizer<AdminText> text, DisplayLanguage language) =>
        [(string.Empty, text["CarrierNone"].Value), .. AccountRules.Carriers.Select(c => (c.Code(), c.DisplayName(language) ?? c.Code()))];

    public static string RoleName(IStringLocalizer<AdminText> text, string code) => text["Role_" + code];

    public static string CarrierName(IStringLocalizer<AdminText> text, string? code, DisplayLanguage language) =>
        code is not null && CarrierNames.TryParseCode(code, out var carrier) ? carrier.DisplayName(language) ?? code : text["None"];

    /// <summary>A role and carrier as the audit keeps them (<see cref="LoginChanges.Access"/>), in words: "Carrier operator (China Unicom)".</summary>
    public static string Describe(IStringLocalizer<AdminText> text, string? access, DisplayLanguage language)
    {
        if (string.IsNullOrEmpty(access))
        {
            return string.Empty;
        }

        var parts = access.Split(':', 2);
        return parts.Length == 1
            ? RoleName(text, parts[0])
            : text["RoleWithCarrier", RoleName(text, parts[0]), CarrierName(text, parts[1], language)];
    }
}
