using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallWarden.Core.Screening;

namespace CallWarden.Data.Rules;

/// <summary>How <see cref="SubscriberRules"/> is written in the store: the API's shape, enums as snake_case codes.</summary>
public static class RulesJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SubscriberRules rules) => JsonSerializer.Serialize(rules, Options);

    /// <exception cref="JsonException">The text is not a stored rule set.</exception>
    public static SubscriberRules Read(string json) =>
        JsonSerializer.Deserialize<SubscriberRules>(json, Options) ?? throw new JsonException("The stored rule set is null.");
}
