using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallWarden.Data.Privacy;

/// <summary>How an export is written, for the download and the API alike: camelCase, Chinese as itself, readable.</summary>
public static class PersonalDataJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Served as application/json with its own content type, never inside a page: relaxed escaping keeps +86… and Chinese readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static byte[] Write(PersonalDataExport export) => JsonSerializer.SerializeToUtf8Bytes(export, Options);

    /// <summary>The export as a JSON tree, for a page that shows what the download holds.</summary>
    public static JsonElement Tree(PersonalDataExport export) => JsonSerializer.SerializeToElement(export, Options);
}
