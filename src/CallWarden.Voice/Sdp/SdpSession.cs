namespace CallWarden.Voice.Sdp;

/// <summary>A session description as offered (RFC 4566): its media in order.</summary>
internal sealed record SdpSession(string Origin, IReadOnlyList<SdpMedia> Media);
