using CallWarden.Core.Cases;

namespace CallWarden.Web.Cases;

/// <summary>The API's codes for carrier actions, as DESIGN.md writes them (<c>restrict_outbound</c>).</summary>
internal static class CarrierActionKinds
{
    public static IReadOnlyList<string> Codes { get; } = [.. Enum.GetValues<CarrierActionKind>().Select(Code)];

    public static string Code(CarrierActionKind kind) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static bool TryParse(string? code, out CarrierActionKind kind)
    {
        foreach (var candidate in Enum.GetValues<CarrierActionKind>())
        {
            if (string.Equals(Code(candidate), code, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
