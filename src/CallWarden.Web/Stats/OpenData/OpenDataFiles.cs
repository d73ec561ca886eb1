using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using CallWarden.Data.Stats;
using Microsoft.Net.Http.Headers;

namespace CallWarden.Web.Stats.OpenData;

/// <summary>
/// The open data files of one <see cref="PublicStatistics"/>, written once and served as bytes, with
/// the entity tag that the page and both files share (a hash of the JSON file, which dates the figures).
/// </summary>
internal sealed class OpenDataFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Chinese names written as themselves, not as \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private OpenDataFiles(PublicStatistics statistics, byte[] json, byte[] csv)
    {
        Statistics = statistics;
        JsonBytes = json;
        CsvBytes = csv;
        Tag = Convert.ToBase64String(SHA256.HashData(json).AsSpan(0, 12)).Replace('+', '-').Replace('/', '_');
        ETag = new EntityTagHeaderValue($"\"{Tag}\"");
    }

    public PublicStatistics Statistics { get; }

    public byte[] JsonBytes { get; }

    public byte[] CsvBytes { get; }

    /// <summary>The hash alone, to build other tags from (the page's adds the language).</summary>
    public string Tag { get; }

    public EntityTagHeaderValue ETag { get; }

    public static OpenDataFiles Of(PublicStatistics statistics)
    {
        var document = OpenDataDocument.Of(statistics);
        return new OpenDataFiles(statistics, JsonSerializer.SerializeToUtf8Bytes(document, Json), OpenDataCsv.Write(document));
    }
}
