using System.Text;
using CallWarden.Channels.Sms;
using Microsoft.AspNetCore.Http;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The Kannel MO reader, <see cref="KannelMoReader"/>, over a request made from the input:
/// line 1 the method (<c>POST</c>, otherwise GET), line 2 the query string, then header lines
/// (<c>Name: value</c>) up to an empty line, then the body. It documents that it never throws.
/// </summary>
internal sealed class KannelMoTarget : IFuzzTarget
{
    public void Run(byte[] input)
    {
        var http = new DefaultHttpContext();
        var request = http.Request;
        var rest = input.AsSpan();
        request.Method = Line(ref rest) == "POST" ? HttpMethods.Post : HttpMethods.Get;
        var query = Line(ref rest);
        request.QueryString = query.Length == 0 ? QueryString.Empty : new QueryString(query.StartsWith('?') ? query : "?" + query);
        while (!rest.IsEmpty && Line(ref rest) is { Length: > 0 } header)
        {
            // Kestrel refuses a header whose name is not a token or whose value has control or
            // non-ASCII characters before any handler runs.
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && header[..colon].All(IsTokenCharacter) && header[colon..].All(c => c is '\t' or >= ' ' and <= '~'))
            {
                request.Headers.Append(header[..colon], header[(colon + 1)..].Trim());
            }
        }

        request.Body = new MemoryStream(rest.ToArray(), writable: false);
        request.ContentLength = rest.Length;
        KannelMoReader.ReadAsync(request, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static bool IsTokenCharacter(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);

    /// <summary>The next line as Latin-1 (bytes as the server sees them), without its end.</summary>
    private static string Line(ref Span<byte> rest)
    {
        var end = rest.IndexOf((byte)'\n');
        var line = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[(end + 1)..];
        return Encoding.Latin1.GetString(line).TrimEnd('\r');
    }
}
