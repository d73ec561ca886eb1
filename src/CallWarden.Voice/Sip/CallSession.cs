using CallWarden.Voice.Calls;
using CallWarden.Voice.Media;

namespace CallWarden.Voice.Sip;

/// <summary>One call from its INVITE to its end: the plan, the dialog once established, its RTP and its end.</summary>
internal sealed class CallSession : IDisposable
{
    private readonly CancellationTokenSource _ended = new();
    private volatile bool _isEnded;

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

    public bool IsEnded => _isEnded;

    /// <summary>
    /// Marks the call ended now and cancels <see cref="Ended"/> on the pool: the user agent ends calls
    /// under its lock, and a script's code that resumes on cancellation must not run there.
    /// </summary>
    public void End()
    {
        if (_isEnded)
        {
            return;
        }

        _isEnded = true;
        ThreadPool.UnsafeQueueUserWorkItem(static source => source.Cancel(), _ended, preferLocal: false);
    }

    public void Dispose()
    {
        End();
        // The token source is not disposed: a plan or script may still register on Ended after the call ended.
        Stream?.Dispose();
    }
}
