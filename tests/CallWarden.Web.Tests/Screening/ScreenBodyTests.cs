using System.Net;
using System.Text;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;

namespace CallWarden.Web.Tests.Screening;

/// <summary>
/// The proxy's body is parsed in one piece when it is UTF-8 JSON of known length, and by the
/// serializer's streaming reader otherwise; both read the same bodies the same way.
/// </summary>
public sealed class ScreenBodyTests : IAsyncLifetime
{
    private const string Call = """{"caller":"13800000002","callee":"13912345678"}""";

    private TestApi _api = null!;
    private HttpClient _proxy = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, bool> Bodies => new()
    {
        { "one object", Call, true },
        { "white space after it", Call + " \r\n\t ", true },
        { "a byte order mark before it", "\uFEFF" + Call, true },
        { "Chinese and emoji in the call id", """{"caller":"13800000002","callee":"13912345678","callid":"呼叫-電話-📞"}""", true },
        { "text after it", Call + " x", false },
        { "two objects", Call + Call, false },
        { "an unclosed object", Call[..^1], false },
        { "null", "null", false },
        { "an array", "[" + Call + "]", false },
        { "a number", "13912345678", false },
        { "deep nesting", new string('[', 2000) + new string(']', 2000), false },
        { "a comment", "/*x*/" + Call, false },
        { "a trailing comma", Call[..^1] + ",}", false },
        { "a caller of 15,000 characters", Call.Replace("13800000002", new string('1', 15_000), StringComparison.Ordinal), false },
        { "a lone surrogate escaped", Call.Replace("13800000002", "\\ud800", StringComparison.Ordinal), false },
    };

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        var (_, secret) = await _api.Get<AccessAccounts>().CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        _proxy = _api.WithKey(secret);
    }

    public async ValueTask DisposeAsync()
    {
        _proxy.Dispose();
        await _api.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_body_is_read_alike_in_one_piece_and_streamed(string shape, string body, bool screened)
    {
        foreach (var contentType in new[] { "application/json", "application/json; charset=utf-8", null, "application/vnd.callwarden+json" })
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            using var answer = await _proxy.PostAsync("/api/v1/screen", content, Ct);
            var line = await answer.Content.ReadAsStringAsync(Ct);

            Assert.True(answer.StatusCode == (screened ? HttpStatusCode.OK : HttpStatusCode.BadRequest), $"{shape} as {contentType ?? "no type"}: {(int)answer.StatusCode} {line}");
            if (!screened)
            {
                Assert.True(JsonDocument.Parse(line).RootElement.GetProperty("errors").EnumerateObject().Any(), line);
            }
        }
    }

    [Fact]
    public async Task A_body_in_utf16_is_read_when_its_charset_says_so()
    {
        using var content = new ByteArrayContent(Encoding.Unicode.GetBytes(Call));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-16");

        using var answer = await _proxy.PostAsync("/api/v1/screen", content, Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }
}
