using System.Net;
using CallWarden.Voice.Calls;

namespace CallWarden.Voice.Tests.ReportLine;

/// <summary>
/// A test double of the seam, <see cref="IVoiceCall"/>, for the report line's own tests: the caller's
/// answers are scripted in order — each read of a key takes the next one, <see cref="Silence"/> is a read
/// that times out, <see cref="HangUp"/> ends the call there — and every clip played is recorded.
/// </summary>
internal sealed class ScriptedCall : IVoiceCall
{
    public const char Silence = '\0';
    public const char HangUp = '\u0004';

    private readonly Queue<char> _answers;
    private readonly CancellationTokenSource _ended = new();

    /// <param name="answers">Keys as typed, e.g. <c>"1" + "13912345678#" + "113"</c>; <see cref="Silence"/> and <see cref="HangUp"/> where they happen.</param>
    public ScriptedCall(string? caller, string answers, string dialled = "12321")
        : this(new IncomingCall("call-" + Guid.NewGuid().ToString("N") + "@127.0.0.1", dialled, caller, null, new IPEndPoint(IPAddress.Loopback, 5060)), answers)
    {
    }

    public ScriptedCall(IncomingCall invite, string answers)
    {
        Invite = invite;
        _answers = new Queue<char>(answers);
    }

    public IncomingCall Invite { get; }

    public CancellationToken Ended => _ended.Token;

    /// <summary>Every clip's name in the order played.</summary>
    public List<string> Played { get; } = [];

    /// <summary>The clips each play could be interrupted by a key in, in order: (first clip's name, interruptible).</summary>
    public List<(string First, bool Interruptible)> Plays { get; } = [];

    /// <summary>The timeout of every read of a key.</summary>
    public List<TimeSpan> Timeouts { get; } = [];

    /// <summary>How many keys were left unread when the script returned.</summary>
    public int Unread => _answers.Count;

    public Task PlayAsync(IReadOnlyList<AudioClip> clips, bool interruptible, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Assert.All(clips, c => Assert.Equal(c.Pcmu.Length, c.Pcma.Length));
        Played.AddRange(clips.Select(c => c.Name));
        Plays.Add((clips[0].Name, interruptible));
        return Task.CompletedTask;
    }

    public Task<char?> ReadDigitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Timeouts.Add(timeout);
        // An exhausted script is a caller who stopped pressing keys.
        var answer = _answers.Count > 0 ? _answers.Dequeue() : Silence;
        if (answer == HangUp)
        {
            _ended.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Task.FromResult<char?>(answer == Silence ? null : answer);
    }

    /// <summary>Keys of the script are pressed in answer to the next read, so none are waiting to be discarded.</summary>
    public void DiscardDigits()
    {
    }
}
