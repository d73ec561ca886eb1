using System.Globalization;
using System.Net;
using System.Text;

namespace CallWarden.Voice.Sdp;

/// <summary>
/// Reads an SDP offer (RFC 4566): the lines the answer depends on (<c>v o c m a=rtpmap a=fmtp</c>
/// and the direction attributes); every other line is checked for shape and skipped. Never throws.
/// </summary>
internal static class SdpParser
{
    public const int MaxBytes = 16 * 1024;

    public const int MaxMedia = 16;

    public static (SdpSession? Session, string? Error) Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, "no SDP");
        }

        if (body.Length > MaxBytes)
        {
            return (null, $"SDP larger than {MaxBytes} bytes");
        }

        var text = Encoding.UTF8.GetString(body);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || lines[0] != "v=0")
        {
            return (null, "SDP does not start with v=0");
        }

        string? origin = null;
        IPAddress? sessionConnection = null;
        var sessionDirection = SdpDirection.SendRecv;
        var media = new List<Builder>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length < 2 || line[1] != '=' || !char.IsAsciiLetterLower(line[0]))
            {
                return (null, "SDP line is not <type>=<value>");
            }

            var value = line[2..];
            var current = media.Count > 0 ? media[^1] : null;
            switch (line[0])
            {
                case 'o':
                    origin = value;
                    break;
                case 'c':
                    if (!TryConnection(value, out var address))
                    {
                        return (null, "bad c= line");
                    }

                    if (current is null)
                    {
                        sessionConnection = address;
                    }
                    else
                    {
                        current.Connection = address;
                    }

                    break;
                case 'm':
                    if (media.Count == MaxMedia)
                    {
                        return (null, $"more than {MaxMedia} m= lines");
                    }

                    var m = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var portText = m.Length > 1 ? m[1].Split('/')[0] : string.Empty;
                    if (m.Length < 4 || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                    {
                        return (null, "bad m= line");
                    }

                    media.Add(new Builder { Kind = m[0], Port = port, Protocol = m[2], Formats = m[3..] });
                    break;
                case 'a':
                    if (!Attribute(value, current, ref sessionDirection))
                    {
                        return (null, "bad a= line");
                    }

                    break;
            }
        }

        if (origin is null)
        {
            return (null, "no o= line");
        }

        if (media.Count == 0)
        {
            return (null, "no m= line");
        }

        var session = new SdpSession(origin, media.Select(b => new SdpMedia(b.Kind, b.Port, b.Protocol, b.Formats, b.RtpMaps, b.Fmtps,
            b.Direction ?? sessionDirection, b.Connection ?? sessionConnection)).ToList());
        return (session, null);
    }

    private static bool Attribute(string value, Builder? media, ref SdpDirection sessionDirection)
    {
        SdpDirection? direction = value switch
        {
            "sendrecv" => SdpDirection.SendRecv,
            "sendonly" => SdpDirection.SendOnly,
            "recvonly" => SdpDirection.RecvOnly,
            "inactive" => SdpDirection.Inactive,
            _ => null,
        };
        if (direction is { } d)
        {
            if (media is null)
            {
                sessionDirection = d;
            }
            else
            {
                media.Direction = d;
            }

            return true;
        }

        var isMap = value.StartsWith("rtpmap:", StringComparison.Ordinal);
        if (media is null || !(isMap || value.StartsWith("fmtp:", StringComparison.Ordinal)))
        {
            return true;
        }

        var rest = value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !int.TryParse(rest.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var payloadType) || payloadType > 127)
        {
            return false;
        }

        (isMap ? media.RtpMaps : media.Fmtps)[payloadType] = rest[(space + 1)..].Trim();
        return true;
    }

    private static bool TryConnection(string value, out IPAddress? address)
    {
        // c=IN IP4 192.0.2.1[/ttl]; a host name is not resolved (the service does no DNS).
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        address = null;
        return parts.Length == 3 && parts[0] == "IN" && parts[1] is "IP4" or "IP6"
            && IPAddress.TryParse(parts[2].Split('/')[0], out address);
    }

    private sealed class Builder
    {
        public string Kind { get; init; } = string.Empty;

        public int Port { get; init; }

        public string Protocol { get; init; } = string.Empty;

        public string[] Formats { get; init; } = [];

        public Dictionary<int, string> RtpMaps { get; } = [];

        public Dictionary<int, string> Fmtps { get; } = [];

        public SdpDirection? Direction { get; set; }

        public IPAddress? Connection { get; set; }
    }
}
