namespace CallWarden.Voice.Sdp;

/// <summary>The media direction attribute (RFC 4566 section 6), from the side that wrote it.</summary>
internal enum SdpDirection
{
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}
