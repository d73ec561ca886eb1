using System.Text.Encodings.Web;
using System.Text.Json;

namespace CallWarden.Data.Feed;

internal static class FeedJson
{
    /// <summary>camelCase, and Chinese text kept readable rather than escaped.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
