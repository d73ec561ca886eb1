using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Web.Access;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk;

/// <summary>Where each member of staff works: the desk sections their role opens, and the role's name as the desk shows it.</summary>
internal static class DeskHome
{
    public const string Path = "/desk";
    public const string SignInPath = "/desk/sign-in";
    public const string Cases = "/desk/cases";
    public const string Scorecard = "/desk/scorecard";
    public const string Monthly = "/desk/monthly";
    public const string Admin = "/desk/admin";
    public const string Complaints = "/desk/complaints";
    public const string Registry = "/desk/registry";

    /// <summary>The sections in the order the navigation lists them: (text key, path).</summary>
    public static IReadOnlyList<(string Text, string Path)> Sections(Caller caller) => caller switch
    {
        { IsKey: true } => [],
        { Role: Roles.Analyst } => [("NavCases", Cases), ("NavComplaints", Complaints), ("NavMonthly", Monthly)],
        { Role: Roles.Administrator } => [("NavCases", Cases), ("NavComplaints", Complaints), ("NavMonthly", Monthly), ("NavRegistry", Registry), ("NavAdmin", Admin)],
        { Role: Roles.CarrierOperator } => [("NavCases", Cases), ("NavScorecard", Scorecard)],
        { Role: Roles.PoliceLiaison } => [("NavCases", Cases)],
        _ => [],
    };

    public static string RoleName(Caller caller, IStringLocalizer<DeskText> text, DisplayLanguage language) => caller.Role switch
    {
        Roles.Analyst => text["RoleAnalyst"],
        Roles.Administrator => text["RoleAdministrator"],
        Roles.CarrierOperator => text["RoleCarrierOperator", caller.Carrier.DisplayName(language) ?? string.Empty],
        Roles.PoliceLiaison => text["RolePoliceLiaison"],
        _ => string.Empty,
    };
}
