namespace CallWarden.Web.Access;

/// <summary>The role claim values; each person or key has exactly one.</summary>
internal static class Roles
{
    public const string Reporter = "reporter";
    public const string Analyst = "analyst";
    public const string CarrierOperator = "carrier_operator";
    public const string PoliceLiaison = "police_liaison";
    public const string Administrator = "admin";

    /// <summary>A machine: a gateway, a PBX, a form backend. What it may do is in its scopes.</summary>
    public const string Client = "client";
}
