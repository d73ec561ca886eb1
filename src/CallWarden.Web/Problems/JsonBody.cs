using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Problems;

/// <summary>
/// Reads a JSON body as text, then as <typeparamref name="T"/>, so that a malformed body or a
/// value of the wrong type is answered with the field it concerns (RFC 7807 <c>errors</c>).
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, string Raw, FieldErrors Errors)> ReadAsync<T>(HttpContext http)
        where T : class
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(http.RequestAborted);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (null, raw, errors.Add("body", "a JSON object is required"));
        }

        try
        {
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = JsonSerializer.Deserialize<T>(raw, options);
            return value is null ? (null, raw, errors.Add("body", "must be a JSON object")) : (value, raw, errors);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return (null, raw, errors.Add(field, field == "body" ? "is not valid JSON" : "has the wrong type or is not valid JSON"));
        }
    }
}
