namespace CallWarden.Voice.Media;

/// <summary>The two G.711 laws a call may agree on (RTP payload types 0 and 8 in RFC 3551).</summary>
internal enum G711Law
{
    Pcmu,
    Pcma,
}
