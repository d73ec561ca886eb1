using System.Net;

namespace CallWarden.Voice.Sip;

/// <summary>A non-INVITE server transaction (RFC 3261 section 17.2.2): its response, sent again for each retransmission until Timer J.</summary>
internal sealed class NonInviteTransaction
{
    public byte[]? Response { get; set; }

    public IPEndPoint? To { get; set; }

    /// <summary>Held so that the timer lives until it fires.</summary>
    public ITimer? TimerJ { get; init; }
}
