using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CallWarden.Channels.Sms;

/// <summary>
/// Reads an MO from Kannel's <c>get-url</c> (every field in the query) or <c>post-url</c> (the text
/// as the body, the rest in <c>X-Kannel-*</c> headers and the query), or a form post. The text is
/// decoded from bytes by the charset Kannel names, so a UCS-2 message arrives intact even without
/// <c>mo-recode</c>. Never throws on what a client sends.
/// </summary>
internal static class KannelMoReader
{
    /// <summary>Ten UCS-2 parts of 140 bytes, URL-encoded three times over, and the other fields.</summary>
    public const int MaxBytes = 8 * 1024;

    public static async Task<(KannelMo? Mo, string? Problem, IReadOnlyDictionary<string, string> Fields)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var raw = KannelQuery.Parse(request.QueryString.Value);
        if (raw is null)
        {
            return (null, "the query is too long or malformed", new Dictionary<string, string>());
        }

        byte[]? bodyText = null;
        string? bodyCharset = null;
        if (HttpMethods.IsPost(request.Method))
        {
            var body = await ReadBodyAsync(request, cancellationToken);
            if (body is null)
            {
                return (null, $"the body is longer than {MaxBytes} bytes", new Dictionary<string, string>());
            }

            MediaTypeHeaderValue.TryParse(request.ContentType, out var type);
            if (type?.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                var form = KannelQuery.Parse(Encoding.ASCII.GetString(body));
                if (form is null)
                {
                    return (null, "the form is malformed", new Dictionary<string, string>());
                }

                foreach (var (key, value) in form)
                {
                    raw.TryAdd(key, value);
                }
            }
            else
            {
                bodyText = body;
                bodyCharset = type?.Charset.Value;
            }
        }

        var charset = Field(raw, "charset") ?? Header(request, "X-Kannel-Charset") ?? bodyCharset;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in raw)
        {
            if (key != "text")
            {
                fields[key] = Utf8(value);
            }
        }

        var textBytes = bodyText ?? (raw.TryGetValue("text", out var t) ? t : null);
        var from = Field(raw, "from") ?? Header(request, "X-Kannel-From");
        var to = Field(raw, "to") ?? Header(request, "X-Kannel-To");
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to) || textBytes is null)
        {
            return (null, "from, to and text are required", fields);
        }

        var text = KannelCharsets.Decode(textBytes, bodyText is null ? charset : bodyCharset ?? charset);
        var mo = new KannelMo(from.Trim(), to.Trim(), text, Field(raw, "id") ?? Header(request, "X-Kannel-Id"),
            Field(raw, "ts") ?? Header(request, "X-Kannel-Time"), Field(raw, "smsc") ?? Header(request, "X-Kannel-SMSC"));
        return (mo, null, fields);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? Field(Dictionary<string, byte[]> raw, string name) =>
        raw.TryGetValue(name, out var value) ? Utf8(value) : null;

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;

    private static string Utf8(byte[] value) => Encoding.UTF8.GetString(value);
}
