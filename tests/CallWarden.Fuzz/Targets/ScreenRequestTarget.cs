using System.Buffers;
using System.Text.Json;
using CallWarden.Web.Screening;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The body reader of <c>POST /api/v1/screen</c>, <see cref="ScreenRequestReader"/>, over the input
/// as a JSON body. Bad JSON and bad fields are answered with field errors, never an exception, and
/// the one-piece reading (<see cref="ScreenRequestParser"/>) reads the input as the serializer does.
/// The content type follows the input's length, so that afl reaches each by adding or removing a
/// byte: JSON, none (read as JSON since issue #9 part 5; it was a 500) or JSON in UTF-16.
/// </summary>
internal sealed class ScreenRequestTarget : IFuzzTarget
{
    public string Name => "screen";

    public void Run(byte[] input)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = (input.Length % 3) switch
        {
            0 => "application/json",
            1 => null,
            _ => "application/json; charset=utf-16",
        };
        http.Request.Body = new MemoryStream(input, writable: false);
        http.Request.ContentLength = input.Length;
        var (request, _, errors) = ScreenRequestReader.ReadAsync(http.Request, "CN", FuzzClock.Now, CancellationToken.None).GetAwaiter().GetResult();
        if ((request is null) != errors.Any)
        {
            throw new FuzzFinding("the reader answered with both a request and errors, or neither");
        }

        var parsed = ScreenRequestParser.TryParse(new ReadOnlySequence<byte>(input), out var body);
        if (parsed != SerializerReads(input, out var expected) || body != expected)
        {
            throw new FuzzFinding("the one-piece reading and the serializer read the body differently");
        }
    }

    /// <summary>What the serializer reads: one value (after a byte order mark), then nothing but white space.</summary>
    private static bool SerializerReads(ReadOnlySpan<byte> utf8, out ScreenRequest? body)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8);
        try
        {
            body = JsonSerializer.Deserialize(ref reader, ScreenJson.Default.ScreenRequest);
            if (!reader.Read())
            {
                return true;
            }
        }
        catch (JsonException)
        {
        }

        body = null;
        return false;
    }
}
