using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CallWarden.Web.Screening;

/// <summary>
/// Reads a whole UTF-8 body of <c>POST /screen</c> into a <see cref="ScreenRequest"/> with the JSON
/// reader alone, reading exactly what the serializer (<see cref="ScreenJson"/>) reads: property names
/// in any case, unknown properties skipped, a string or null for each field, the last of a repeated
/// property, one value and nothing after it but white space. A property name that is escaped or not
/// ASCII — never the proxy's — hands the body to the serializer, whose matching of such names (with
/// unescaping and replacement of bytes that are no UTF-8) is not repeated here. The serializer's
/// constructor-based reading cost a few hundred nanoseconds and allocations of every screening
/// (issue #12 part 6); the fuzz target and <c>ScreenRequestParserTests</c> hold the two to the same answers.
/// </summary>
internal static class ScreenRequestParser
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private enum Field
    {
        Unknown,
        Caller,
        Callee,
        Attest,
        Callid,
        Src,
        Presentation,

        /// <summary>A name only the serializer compares.</summary>
        NotPlain,
    }

    /// <summary>False when the body is not one JSON value the serializer would read as the request; <paramref name="body"/> is null for JSON <c>null</c>.</summary>
    public static bool TryParse(ReadOnlySequence<byte> utf8, out ScreenRequest? body)
    {
        if (utf8.Length >= Utf8Bom.Length && utf8.Slice(0, Utf8Bom.Length).IsSingleSegment && utf8.FirstSpan.StartsWith(Utf8Bom))
        {
            utf8 = utf8.Slice(Utf8Bom.Length);
        }

        var reader = new Utf8JsonReader(utf8);
        try
        {
            if (!reader.Read())
            {
                body = null;
                return false;
            }

            body = null;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                switch (TryReadObject(ref reader, out body))
                {
                    case false:
                        return false;
                    case null:
                        return TryDeserialize(utf8, out body);
                }
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                return false;
            }

            return !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string value the reader cannot turn into text, e.g. an
            // escaped lone surrogate, which the serializer refuses as bad JSON too.
            body = null;
            return false;
        }
    }

    /// <summary>True with the object read, false when it is no request, null when a name needs the serializer.</summary>
    private static bool? TryReadObject(ref Utf8JsonReader reader, out ScreenRequest? body)
    {
        string? caller = null, callee = null, attest = null, callid = null, src = null, presentation = null;
        body = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            if (field is Field.NotPlain)
            {
                return null;
            }

            if (!reader.Read())
            {
                return false;
            }

            if (field is Field.Unknown)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
            {
                return false;
            }

            var value = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            switch (field)
            {
                case Field.Caller: caller = value; break;
                case Field.Callee: callee = value; break;
                case Field.Attest: attest = value; break;
                case Field.Callid: callid = value; break;
                case Field.Src: src = value; break;
                default: presentation = value; break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        body = new ScreenRequest(caller, callee, attest, callid, src, presentation);
        return true;
    }

    /// <summary>The field a plain (unescaped ASCII) property name means, compared as the serializer compares names: ordinal, ignoring case.</summary>
    private static Field FieldOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || !Ascii.IsValid(reader.ValueSpan))
        {
            return Field.NotPlain;
        }

        var name = reader.ValueSpan;
        return Ascii.EqualsIgnoreCase(name, "caller"u8) ? Field.Caller
            : Ascii.EqualsIgnoreCase(name, "callee"u8) ? Field.Callee
            : Ascii.EqualsIgnoreCase(name, "attest"u8) ? Field.Attest
            : Ascii.EqualsIgnoreCase(name, "callid"u8) ? Field.Callid
            : Ascii.EqualsIgnoreCase(name, "src"u8) ? Field.Src
            : Ascii.EqualsIgnoreCase(name, "presentation"u8) ? Field.Presentation
            : Field.Unknown;
    }

    /// <summary>The serializer's reading: one value and nothing after it but white space.</summary>
    private static bool TryDeserialize(ReadOnlySequence<byte> utf8, out ScreenRequest? body)
    {
        var reader = new Utf8JsonReader(utf8);
        body = JsonSerializer.Deserialize(ref reader, ScreenJson.Default.ScreenRequest);
        if (reader.Read())
        {
            body = null;
            return false;
        }

        return true;
    }
}
