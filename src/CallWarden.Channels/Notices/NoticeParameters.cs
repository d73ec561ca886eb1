using System.Globalization;
using System.Text.Json;

namespace CallWarden.Channels.Notices;

/// <summary>The parameters of an acknowledgement or result notice, read once for the SMS and the mail renderer.</summary>
internal sealed record NoticeParameters(string Reference, string Number, string? Category, string? Action, DateTimeOffset? Until, int? Days)
{
    /// <summary>The parameters of <paramref name="json"/>, or null when it is broken or has no reference.</summary>
    public static NoticeParameters? Parse(string? json)
    {
        JsonElement p;
        try
        {
            using var document = JsonDocument.Parse(json ?? "{}");
            p = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.Object || Text(p, "reference") is not { } reference)
        {
            return null;
        }

        var until = Text(p, "until") is { } u && DateTimeOffset.TryParse(u, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : (DateTimeOffset?)null;
        var days = p.TryGetProperty("days", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var n) && n > 0 ? n : (int?)null;
        return new NoticeParameters(reference, Text(p, "number") ?? string.Empty, Text(p, "category"), Text(p, "action"), until, days);
    }

    private static string? Text(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 64 } s ? s : null;
}
