using System.Net;

namespace CallWarden.Voice.Sdp;

/// <summary>One <c>m=</c> line with its attributes; <see cref="Connection"/> is the media's own <c>c=</c> or the session's.</summary>
internal sealed record SdpMedia(
    string Kind,
    int Port,
    string Protocol,
    IReadOnlyList<string> Formats,
    IReadOnlyDictionary<int, string> RtpMaps,
    IReadOnlyDictionary<int, string> Fmtps,
    SdpDirection Direction,
    IPAddress? Connection);
