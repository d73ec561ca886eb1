using System.Buffers;
using System.Text.Json;
using CallWarden.Core.Screening;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Web.Screening;

/// <summary>
/// The screening answer as exactly one line of JSON, written straight to the response: the
/// proxy reads only the first line, and this endpoint's budget leaves no room for a serializer's reflection.
/// </summary>
internal sealed class ScreenAnswer(Decision decision, string decisionId) : IResult
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One line buffer and JSON writer per thread, reused: the line is copied into the response before
    // the first await, so no other screening on the thread can touch them while one is in use.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_line;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    /// <summary>
    /// Writes the line with its Content-Length: without one Kestrel answers chunked, and the closing
    /// empty chunk goes out as a second packet the proxy must wait for — a second send and wake-up
    /// on both sides of every screening (issue #12 part 6).
    /// </summary>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var line = t_line ??= new ArrayBufferWriter<byte>(512);
        line.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(line, Compact);
        json.Reset(line);
        Write(json);
        json.Flush();
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = line.WrittenCount;
        response.BodyWriter.Write(line.WrittenSpan);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    private void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("action", decision.Action.ToCode());
        json.WriteNumber("sipCode", decision.SipCode);
        if (decision.Label is { } label)
        {
            json.WriteString("label", label);
        }
        else
        {
            json.WriteNull("label");
        }

        json.WriteStartArray("reasons");
        foreach (var reason in decision.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("rule", reason.RuleId);
            json.WriteString("outcome", reason.Outcome.ToCode());
            json.WriteBoolean("decisive", reason.Decisive);
            json.WriteString("text", reason.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("decisionId", decisionId);
        json.WriteString("rule", decision.DecidedBy.RuleId);
        if (decision.Contact is { } target)
        {
            json.WriteString("target", target);
        }

        if (decision.Announcement is { } announcement)
        {
            json.WriteString("announcement", announcement);
        }

        if (decision.Redress is { } redress)
        {
            json.WriteString("redress", redress);
        }

        json.WriteEndObject();
    }
}
