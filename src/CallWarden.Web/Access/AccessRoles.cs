using CallWarden.Data.Access;

namespace CallWarden.Web.Access;

/// <summary>The stored role of a login or key as the role claim the API authorizes on.</summary>
internal static class AccessRoles
{
    public static string ToRole(this AccessRole role) => role switch
    {
        AccessRole.Analyst => Roles.Analyst,
        AccessRole.CarrierOperator => Roles.CarrierOperator,
        AccessRole.Administrator => Roles.Administrator,
        AccessRole.Client => Roles.Client,
        AccessRole.Reporter => Roles.Reporter,
        AccessRole.PoliceLiaison => Roles.PoliceLiaison,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no role claim for this access role"),
    };

    public static bool TryParse(string? role, out AccessRole access)
    {
        foreach (var candidate in Enum.GetValues<AccessRole>())
        {
            if (string.Equals(candidate.ToRole(), role, StringComparison.Ordinal))
            {
                access = candidate;
                return true;
            }
        }

        access = default;
        return false;
    }
}
