using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Web.Screening;

/// <summary>
/// Reads and checks the body of <c>POST /screen</c>: a screening request and the callee's E.164, or
/// the field errors to answer with. Its own type so that the fuzz harness (issue #9 part 8) runs
/// exactly what the endpoint runs.
/// </summary>
internal static class ScreenRequestReader
{
    /// <summary>A body of at most this many bytes, in UTF-8, is parsed in one piece once it has arrived.</summary>
    private const int OnePiece = 16 * 1024;

    public static async Task<(ScreeningRequest? Request, long Callee, FieldErrors Errors)> ReadAsync(
        HttpRequest http, string region, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The proxy's body: UTF-8 JSON of known length, well under a packet. Parsing it once it is all
        // here skips the serializer's resumable (async) reading, a microsecond of every screening.
        if (http.ContentLength is > 0 and <= OnePiece && IsUtf8Json(http.ContentType))
        {
            var pipe = http.BodyReader;
            var length = (int)http.ContentLength.Value;
            var read = await pipe.ReadAtLeastAsync(length, cancellationToken);
            var buffer = read.Buffer;
            bool parsed;
            ScreenRequest? request;
            try
            {
                parsed = ScreenRequestParser.TryParse(buffer.Slice(0, Math.Min(length, buffer.Length)), out request);
            }
            finally
            {
                pipe.AdvanceTo(buffer.End);
            }

            return parsed ? Validate(request, region, at) : NotJson();
        }

        ScreenRequest? body;
        try
        {
            // Like every other JSON body of the API, it is read as JSON whatever the content type says;
            // ReadFromJsonAsync alone threw on a missing one, a 500 (issue #9 part 5).
            body = http.HasJsonContentType()
                ? await http.ReadFromJsonAsync(ScreenJson.Default.ScreenRequest, cancellationToken)
                : await JsonSerializer.DeserializeAsync(http.Body, ScreenJson.Default.ScreenRequest, cancellationToken);
        }
        catch (JsonException)
        {
            return NotJson();
        }

        return Validate(body, region, at);
    }

    private static (ScreeningRequest? Request, long Callee, FieldErrors Errors) NotJson() =>
        (null, 0, new FieldErrors().Add("body", "is not a JSON object of the screening request"));

    /// <summary>No content type (read as JSON, as every API body is), or JSON in UTF-8; any other charset takes the transcoding path.</summary>
    public static bool IsUtf8Json(string? contentType) =>
        string.IsNullOrEmpty(contentType)
        || contentType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || contentType.Equals("application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase);

    private static (ScreeningRequest? Request, long Callee, FieldErrors Errors) Validate(ScreenRequest? body, string region, DateTimeOffset at)
    {
        var errors = new FieldErrors();
        if (body is null)
        {
            return (null, 0, errors.Add("body", "a JSON object is required"));
        }

        if (body.Caller is null || body.Caller.Length > 64)
        {
            errors.Add("caller", "is required (the calling number as signalled, or 'anonymous'), at most 64 characters");
        }

        var callee = body.Callee is { Length: <= 64 } text ? PhoneNumberNormalizer.Default.Normalize(text, region) : PhoneNumber.Invalid;
        if (!callee.IsValid || callee.Kind is NumberKind.Anonymous)
        {
            errors.Add("callee", "is not a phone number, e.g. 13912345678 or +8613912345678");
        }

        Presentation? presentation = body.Presentation switch
        {
            null or "" or "allowed" => Presentation.Normal,
            "restricted" => Presentation.Restricted,
            "unavailable" => Presentation.Unavailable,
            _ => null,
        };
        if (presentation is null)
        {
            errors.Add("presentation", "must be allowed, restricted or unavailable");
        }

        if (body.Attest is not (null or "" or "A" or "B" or "C"))
        {
            errors.Add("attest", "must be A, B, C or empty");
        }

        if (body.Callid is { Length: > 256 } || body.Src is { Length: > 64 })
        {
            errors.Add(body.Callid is { Length: > 256 } ? "callid" : "src", "is too long");
        }

        if (errors.Any)
        {
            return (null, 0, errors);
        }

        var attestation = string.IsNullOrEmpty(body.Attest) ? null : body.Attest;
        return (new ScreeningRequest(body.Caller!, body.Callee!, at, attestation, Presentation: presentation!.Value, CallId: body.Callid), callee.E164, errors);
    }
}
