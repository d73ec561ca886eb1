using System.Text.Json.Serialization;

namespace CallWarden.Web.Screening;

/// <summary>Source-generated reading of the screening request: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ScreenRequest))]
internal sealed partial class ScreenJson : JsonSerializerContext;
