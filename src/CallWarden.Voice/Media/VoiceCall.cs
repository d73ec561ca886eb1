using System.Threading.Channels;
using CallWarden.Voice.Calls;

namespace CallWarden.Voice.Media;

/// <summary>
/// An answered call as its script sees it (<see cref="IVoiceCall"/>): clips go out through the call's
/// <see cref="RtpStream"/> in the agreed law, keys come in from telephone-events or SIP INFO.
/// </summary>
internal sealed class VoiceCall : IVoiceCall
{
    private readonly RtpStream _stream;
    private readonly TimeProvider _time;
    private readonly Channel<char> _keys = Channel.CreateUnbounded<char>();
    private volatile bool _interruptible;

    public VoiceCall(IncomingCall invite, RtpStream stream, TimeProvider time, CancellationToken ended)
    {
        Invite = invite;
        _stream = stream;
        _time = time;
        Ended = ended;
        stream.KeyReceived = Key;
    }

    public IncomingCall Invite { get; }

    public CancellationToken Ended { get; }

    /// <summary>A key from either source: queued for the script, and the end of an interruptible prompt.</summary>
    public void Key(char key)
    {
        _keys.Writer.TryWrite(key);
        if (_interruptible)
        {
            _stream.Flush();
        }
    }

    /// <remarks>An interruptible prompt with a key already waiting is not played at all (type-ahead).</remarks>
    public async Task PlayAsync(IReadOnlyList<AudioClip> clips, bool interruptible, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clips);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Ended);
        linked.Token.ThrowIfCancellationRequested();
        if (interruptible && _keys.Reader.Count > 0)
        {
            return;
        }

        _interruptible = interruptible;
        try
        {
            Task last = Task.CompletedTask;
            foreach (var clip in clips)
            {
                last = _stream.Enqueue(_stream.Law == G711Law.Pcmu ? clip.Pcmu : clip.Pcma);
            }

            if (interruptible && _keys.Reader.Count > 0)
            {
                _stream.Flush();
            }

            using (linked.Token.Register(_stream.Flush))
            {
                await last.ConfigureAwait(false);
            }

            linked.Token.ThrowIfCancellationRequested();
        }
        finally
        {
            _interruptible = false;
        }
    }

    public async Task<char?> ReadDigitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_keys.Reader.TryRead(out var waiting))
        {
            return waiting;
        }

        using var limit = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Ended, limit.Token);
        try
        {
            return await _keys.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested && !Ended.IsCancellationRequested)
        {
            return null;
        }
    }

    public void DiscardDigits()
    {
        while (_keys.Reader.TryRead(out _))
        {
        }
    }
}
