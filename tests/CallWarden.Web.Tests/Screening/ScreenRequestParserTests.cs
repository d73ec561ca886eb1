using System.Buffers;
using System.Text;
using System.Text.Json;
using CallWarden.Web.Screening;
using CsCheck;

namespace CallWarden.Web.Tests.Screening;

/// <summary>
/// The screening body's own JSON reading (<see cref="ScreenRequestParser"/>) reads every body as the
/// serializer reads it: the same request, or a refusal for the same bodies.
/// </summary>
public sealed class ScreenRequestParserTests
{
    private static readonly string[] Names =
    [
        "caller", "callee", "attest", "callid", "src", "presentation", "CALLER", "Callee", "ATTEST", "CallId", "SRC", "Presentation",
        "c\\u0061ller", "\\u0063allee", "callıd", "callİd", "caller ", "callers", "calle", "x", "", "来电", "presentation_", "src\\u0000",
    ];

    private static readonly string[] Values =
    [
        "\"13800000002\"", "\"+8613912345678\"", "null", "\"\"", "\"A\"", "\"restricted\"", "13912345678", "true", "false", "1.5e3",
        "{}", "{\"a\":[1,2,{\"b\":null}]}", "[]", "[\"x\"]", "\"\\u0031\\u0033\\u0039\"", "\"\\ud800\"", "\"\\ud83d\\udcde\"", "\"呼叫📞\"",
        "\"a\\\"b\"", "\"\\n\"", new string('[', 70) + new string(']', 70), "\"x", "nul", "{\"a\":}",
    ];

    private static readonly string[] Endings = ["}", "} ", "}\r\n\t", "},", "", "} x", "}{}", "}}", ",}", "]", "} null", "}/**/"];

    public static TheoryData<string> Shapes => new()
    {
        """{"caller":"13800000002","callee":"13912345678"}""",
        """{"caller":"1","caller":"2","callee":"3"}""",
        """{"callee":"3","CALLEE":"4"}""",
        """{"caller":null,"callee":"13912345678","attest":"A","callid":"x","src":"127.0.0.1","presentation":"allowed"}""",
        """{"unknown":{"deep":[1,2,3]},"caller":"13800000002"}""",
        """{"c\u0061ller":"13800000002"}""",
        """{"callıd":"x"}""",
        "{}",
        "null",
        " null ",
        "[]",
        "\"text\"",
        "13912345678",
        "",
        " ",
        "{",
        "}",
        """{"caller":13800000002}""",
        """{"caller":"\ud800"}""",
        """{"caller":"13800000002",}""",
        "\uFEFF{\"caller\":\"1\"}",
        "{\"caller\":\"1\"}\uFEFF",
        """{"caller":"1"}{"caller":"2"}""",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shape_is_read_as_the_serializer_reads_it(string body) => AssertAlike(Encoding.UTF8.GetBytes(body));

    /// <summary>Bytes that are no UTF-8 in a name or a value (found by the fuzz target).</summary>
    [Theory]
    [InlineData("7b2231333435363738213131313172807474657374223a224c227d")]
    [InlineData("7b2263616c6c6572223a222b38363133383030303030303031222c2263616c6ce5223a2244227d")]
    [InlineData("7b2263aa6c6c6565223a223133393132333435363738227d")]
    [InlineData("7b2263616c6c6572223a222b3836aa3133227d")]
    [InlineData("7b225c7530303633aa6c6c6572223a2231227d")]
    public void Bytes_that_are_no_utf8_are_read_as_the_serializer_reads_them(string hex) => AssertAlike(Convert.FromHexString(hex));

    [Fact]
    public void Generated_bodies_are_read_as_the_serializer_reads_them()
    {
        var property = Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1], (n, v) => $"\"{Names[n]}\":{Values[v]}");
        var body = Gen.Select(property.Array[0, 8], Gen.Int[0, Endings.Length - 1], Gen.Bool, (properties, ending, spaced) =>
            "{" + string.Join(spaced ? " , " : ",", properties) + Endings[ending]);
        body.Sample(text => AssertAlike(Encoding.UTF8.GetBytes(text)), iter: 20_000);
    }

    [Fact]
    public void A_body_split_over_segments_is_read_as_in_one()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"caller":"13800000002","callee":"+8613912345678","callid":"呼叫-📞"}""");
        for (var split = 1; split < bytes.Length; split++)
        {
            var sequence = Segments.Of(bytes[..split], bytes[split..]);
            Assert.True(ScreenRequestParser.TryParse(sequence, out var request), $"split at {split}");
            Assert.Equal(new ScreenRequest("13800000002", "+8613912345678", null, "呼叫-📞", null, null), request);
        }
    }

    private static void AssertAlike(byte[] utf8)
    {
        var parsed = ScreenRequestParser.TryParse(new ReadOnlySequence<byte>(utf8), out var request);
        var serialized = Serialize(utf8, out var expected);
        Assert.True(parsed == serialized, $"{Encoding.UTF8.GetString(utf8)}: parser {parsed}, serializer {serialized}");
        Assert.Equal(expected, request);
    }

    /// <summary>The serializer's reading as the endpoint did it before: one value, then nothing but white space.</summary>
    private static bool Serialize(byte[] utf8, out ScreenRequest? body)
    {
        ReadOnlySpan<byte> span = utf8;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var reader = new Utf8JsonReader(span);
        try
        {
            body = JsonSerializer.Deserialize(ref reader, ScreenJson.Default.ScreenRequest);
            if (reader.Read())
            {
                body = null;
                return false;
            }

            return true;
        }
        catch (JsonException)
        {
            body = null;
            return false;
        }
    }

    private sealed class Segments : ReadOnlySequenceSegment<byte>
    {
        private Segments(ReadOnlyMemory<byte> memory, long index)
        {
            Memory = memory;
            RunningIndex = index;
        }

        public static ReadOnlySequence<byte> Of(byte[] first, byte[] second)
        {
            var head = new Segments(first, 0);
            var tail = new Segments(second, first.Length);
            head.Next = tail;
            return new ReadOnlySequence<byte>(head, 0, tail, second.Length);
        }
    }
}
