using System.Globalization;
using System.Net;
using System.Text;
using CallWarden.Voice.Media;

namespace CallWarden.Voice.Sdp;

/// <summary>
/// The answer to an offer (RFC 3264 section 6): the first audio stream is accepted with the first
/// of PCMU/PCMA in the offer's order and with telephone-event at the offer's payload type; every other
/// stream is refused with port 0; ptime 20; the direction mirrors the offer's.
/// </summary>
internal static class SdpNegotiation
{
    public static (MediaAgreement? Agreement, string? Refusal) Answer(SdpSession offer, IPAddress local, int localPort, long sessionId, long version)
    {
        var chosen = -1;
        (G711Law Law, int PayloadType) codec = default;
        for (var i = 0; i < offer.Media.Count && chosen < 0; i++)
        {
            var media = offer.Media[i];
            if (media.Kind == "audio" && media.Port != 0 && media.Protocol is "RTP/AVP" or "RTP/AVPF" && TryCodec(media, out codec))
            {
                chosen = i;
            }
        }

        if (chosen < 0)
        {
            return (null, "no audio stream offers PCMU or PCMA");
        }

        var audio = offer.Media[chosen];
        if (audio.Connection is null)
        {
            return (null, "no c= line for the audio stream");
        }

        int? telephoneEvent = audio.RtpMaps.Where(map => map.Key >= 96 && map.Value.Equals("telephone-event/8000", StringComparison.OrdinalIgnoreCase)
            && audio.Formats.Contains(map.Key.ToString(CultureInfo.InvariantCulture))).Select(map => (int?)map.Key).FirstOrDefault();

        // c=0.0.0.0 is RFC 2543's hold: the caller receives nothing, whatever the direction says.
        var held = audio.Connection.Equals(IPAddress.Any) || audio.Connection.Equals(IPAddress.IPv6Any);
        var offered = held && audio.Direction is SdpDirection.SendRecv ? SdpDirection.SendOnly
            : held && audio.Direction is SdpDirection.RecvOnly ? SdpDirection.Inactive : audio.Direction;
        var answered = offered switch
        {
            SdpDirection.SendOnly => SdpDirection.RecvOnly,
            SdpDirection.RecvOnly => SdpDirection.SendOnly,
            var same => same,
        };
        var weSend = answered is SdpDirection.SendRecv or SdpDirection.SendOnly;
        var weReceive = answered is SdpDirection.SendRecv or SdpDirection.RecvOnly;

        var ip = local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4";
        var sdp = new StringBuilder(256);
        sdp.Append("v=0\r\n")
            .Append(CultureInfo.InvariantCulture, $"o=CallWarden {sessionId} {version} IN {ip} {local}\r\n")
            .Append("s=CallWarden\r\n")
            .Append(CultureInfo.InvariantCulture, $"c=IN {ip} {local}\r\n")
            .Append("t=0 0\r\n");
        for (var i = 0; i < offer.Media.Count; i++)
        {
            var media = offer.Media[i];
            if (i != chosen)
            {
                sdp.Append(CultureInfo.InvariantCulture, $"m={media.Kind} 0 {media.Protocol} {media.Formats.FirstOrDefault() ?? "0"}\r\n");
                continue;
            }

            sdp.Append(CultureInfo.InvariantCulture, $"m=audio {localPort} {media.Protocol} {codec.PayloadType}");
            if (telephoneEvent is { } te)
            {
                sdp.Append(CultureInfo.InvariantCulture, $" {te}");
            }

            sdp.Append("\r\n")
                .Append(CultureInfo.InvariantCulture, $"a=rtpmap:{codec.PayloadType} {(codec.Law == G711Law.Pcmu ? "PCMU" : "PCMA")}/8000\r\n");
            if (telephoneEvent is { } events)
            {
                sdp.Append(CultureInfo.InvariantCulture, $"a=rtpmap:{events} telephone-event/8000\r\n")
                    .Append(CultureInfo.InvariantCulture, $"a=fmtp:{events} 0-15\r\n");
            }

            sdp.Append("a=ptime:20\r\n").Append("a=").Append(Attribute(answered)).Append("\r\n");
        }

        var remote = held ? null : new IPEndPoint(audio.Connection, audio.Port);
        return (new MediaAgreement(codec.Law, codec.PayloadType, telephoneEvent, remote, weSend && remote is not null, weReceive, Encoding.ASCII.GetBytes(sdp.ToString())), null);
    }

    private static bool TryCodec(SdpMedia media, out (G711Law, int) codec)
    {
        foreach (var format in media.Formats)
        {
            if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var payloadType) || payloadType > 127)
            {
                continue;
            }

            media.RtpMaps.TryGetValue(payloadType, out var map);
            // Static types 0 and 8 need no rtpmap; a dynamic one is read by its encoding name.
            if ((payloadType == 0 && map is null) || (map?.Equals("PCMU/8000", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                codec = (G711Law.Pcmu, payloadType);
                return true;
            }

            if ((payloadType == 8 && map is null) || (map?.Equals("PCMA/8000", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                codec = (G711Law.Pcma, payloadType);
                return true;
            }
        }

        codec = default;
        return false;
    }

    private static string Attribute(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };
}
