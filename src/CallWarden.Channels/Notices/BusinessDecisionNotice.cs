using System.Text.Json;

namespace CallWarden.Channels.Notices;

/// <summary>The parameters of <c>registry.business_decided</c>: the decision told to an applicant's contact phone.</summary>
internal sealed record BusinessDecisionNotice(bool Approved, string Name, int Lines, string? Note)
{
    /// <summary>The parameters of <paramref name="json"/>, or null when it is broken.</summary>
    public static BusinessDecisionNotice? Parse(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? "{}");
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("approved", out var approved) || approved.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                || !root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("lines", out var lines) || !lines.TryGetInt32(out var count))
            {
                return null;
            }

            var note = root.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return new BusinessDecisionNotice(approved.GetBoolean(), name.GetString()!, count, note);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
