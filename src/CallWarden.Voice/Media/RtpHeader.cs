namespace CallWarden.Voice.Media;

/// <summary>The fixed RTP header fields the service reads and writes (RFC 3550 section 5.1).</summary>
internal readonly record struct RtpHeader(byte PayloadType, bool Marker, ushort Sequence, uint Timestamp, uint Ssrc);
