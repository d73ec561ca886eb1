using System.Collections.Frozen;

namespace CallWarden.Core.Cases;

/// <summary>
/// The report categories as stored codes. Cases take a category as its code so they do not depend
/// on how the report grammar models it.
/// </summary>
public static class CategoryCodes
{
    public const string Harassment = "harassment";
    public const string Fraud = "fraud";
    public const string Threat = "threat";

    public static IReadOnlyList<string> All { get; } =
    [
        Harassment, Fraud, "marketing", "real_estate", "finance", "insurance", "education",
        "recruiting", "delivery", "one_ring", Threat, "other",
    ];

    private static readonly FrozenSet<string> Known = All.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>Threats and fraud are crimes: the police get them too, not only the carrier.</summary>
    public static bool RoutesToPolice(string code) => code is Fraud or Threat;
}
