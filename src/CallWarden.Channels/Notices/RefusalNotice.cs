using System.Text.Json;
using CallWarden.Core.Registry;

namespace CallWarden.Channels.Notices;

/// <summary>The parameters of a refusal confirmation (<c>registry.refusal_changed</c>): the categories refused now.</summary>
internal sealed record RefusalNotice(MarketingCategories Refused)
{
    /// <summary>The parameters of <paramref name="json"/>, or null when it is broken or names an unknown category.</summary>
    public static RefusalNotice? Parse(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? "{}");
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("refused", out var refused) || refused.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var codes = refused.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : null).ToList();
            return MarketingCategoryNames.TryParseCodes(codes, out var categories, out _) ? new RefusalNotice(categories) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
