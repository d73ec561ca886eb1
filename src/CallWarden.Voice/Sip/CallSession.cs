using CallWarden.Voice.Calls;
using CallWarden.Voice.Media;

namespace CallWarden.Voice.Sip;

/// <summary>One call from its INVITE to its end: the plan, the dialog once established, its RTP and its end.</summary>
internal sealed class CallSession : IDisposable
{
    private readonly CancellationTokenSource _ended = new();

    public CallSession(IncomingCall incoming, InviteTransaction invite)
    {
        Incoming = incoming;
        Invite = invite;
    }

    public IncomingCall Incoming { get; }

    public InviteTransaction Invite { get; }

    public SipDialog? Dialog { get; set; }

    public RtpStream? Stream { get; set; }

    public VoiceCall? Voice { get; set; }

    /// <summary>Cancelled by BYE, CANCEL, a missing ACK or the service stopping.</summary>
    public CancellationToken Ended => _ended.Token;

    public bool IsEnded => _ended.IsCancellationRequested;

    public void End()
    {
        _ended.Cancel();
    }

    public void Dispose()
    {
        End();
        // The token source is not disposed: a plan or script may still register on Ended after the call ended.
        Stream?.Dispose();
    }
}
