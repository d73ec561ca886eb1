namespace CallWarden.Voice.Sip;

/// <summary>
/// What <see cref="SipParser"/> read: a valid message (<see cref="Error"/> null), or the reason the
/// datagram was refused. A refused request whose start line and headers could be read is kept in
/// <see cref="Message"/> so that the service can answer it with 400 when it carries what a response needs.
/// </summary>
internal sealed record SipParseResult(SipMessage? Message, string? Error)
{
    public bool IsValid => Error is null && Message is not null;

    /// <summary>A refused request that still names where and how to answer (Via, From, To, Call-ID, CSeq).</summary>
    public bool CanAnswer400 => Error is not null && Message is { IsRequest: true } m && m.Method != "ACK"
        && m[SipHeaderNames.Via] is not null && m[SipHeaderNames.From] is not null && m[SipHeaderNames.To] is not null
        && m[SipHeaderNames.CallId] is not null && m[SipHeaderNames.CSeq] is not null;
}
