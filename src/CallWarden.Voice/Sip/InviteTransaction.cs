using System.Net;

namespace CallWarden.Voice.Sip;

/// <summary>
/// An INVITE server transaction (RFC 3261 section 17.2.1, with RFC 6026's Accepted state for 2xx):
/// the last response is sent again for every retransmitted INVITE, and a final one every Timer G
/// until the ACK comes or Timer H gives up.
/// </summary>
internal sealed class InviteTransaction
{
    public required SipMessage Request { get; init; }

    public required IPEndPoint Source { get; init; }

    public required IPEndPoint Destination { get; init; }

    public required string ToTag { get; init; }

    public byte[]? LastResponse { get; set; }

    /// <summary>The last response's status; 0 before any.</summary>
    public int Status { get; set; }

    /// <summary>A final response was sent and its ACK came (or the transaction gave up on it).</summary>
    public bool Acknowledged { get; set; }

    public TimeSpan RetransmitInterval { get; set; }

    public ITimer? RetransmitTimer { get; set; }

    public ITimer? GiveUpTimer { get; set; }

    /// <summary>The call this INVITE created, once it has one.</summary>
    public CallSession? Call { get; set; }

    public bool IsFinal => Status >= 200;

    public void StopTimers()
    {
        RetransmitTimer?.Dispose();
        RetransmitTimer = null;
        GiveUpTimer?.Dispose();
        GiveUpTimer = null;
    }
}
