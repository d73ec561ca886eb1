using System.Net;
using CallWarden.Core.Screening;

namespace CallWarden.Voice.Calls;

// The seam between the protocol half of the voice service (SIP, SDP, RTP, DTMF: `Sip/`, `Media/`)
// and the half that decides what a call hears (`Prompts/`, `ReportLine/`, `Announcements/`).
// The protocol half calls an ICallRouter for every new INVITE and, for an answered call, runs the
// chosen script over an IVoiceCall; it knows nothing about menus. The scripts know nothing about SIP.

/// <summary>Audio ready to send: 8 kHz G.711, one byte per sample, the same samples in both laws.</summary>
public sealed record AudioClip(string Name, ReadOnlyMemory<byte> Pcmu, ReadOnlyMemory<byte> Pcma)
{
    public const int SampleRate = 8000;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Pcmu.Length / SampleRate);
}

/// <summary>What the voice service knows about a new call when it decides how to treat it.</summary>
/// <param name="CallId">The INVITE's Call-ID.</param>
/// <param name="DialledNumber">The user part of the Request-URI (the service number, or the blocked callee).</param>
/// <param name="CallerNumber">P-Asserted-Identity's user part, else From's; null when withheld or anonymous.</param>
/// <param name="Announcement">The disposition Kamailio handed the call over for (header <c>X-CallWarden-Announce</c>), only from a trusted proxy.</param>
/// <param name="Source">Where the INVITE came from.</param>
public sealed record IncomingCall(string CallId, string DialledNumber, string? CallerNumber, Disposition? Announcement, IPEndPoint Source);

/// <summary>How the service treats a new call.</summary>
public abstract record CallPlan;

/// <summary>Answer with 200 OK and run the script until it hangs up or the caller does.</summary>
public sealed record AnswerCall(ICallScript Script) : CallPlan;

/// <summary>
/// Answer with 183 Session Progress and SDP, play the clips as early media, then end the INVITE with
/// the final status (480, 604, 486) — the carrier-style announcement for a blocked call.
/// </summary>
public sealed record AnnounceThenEnd(IReadOnlyList<AudioClip> Clips, int FinalStatus, string ReasonPhrase) : CallPlan;

/// <summary>Refuse the INVITE with this final status (404 for a number this service does not serve …).</summary>
public sealed record RefuseCall(int Status, string ReasonPhrase) : CallPlan;

public interface ICallRouter
{
    CallPlan Route(IncomingCall call);
}

/// <summary>What an answered call does: the report line's menu.</summary>
public interface ICallScript
{
    /// <summary>Runs until done; the protocol half sends BYE when this returns if the caller has not hung up.</summary>
    Task RunAsync(IVoiceCall call, CancellationToken cancellationToken);
}

/// <summary>One answered call as a script sees it: audio out, keys in.</summary>
public interface IVoiceCall
{
    IncomingCall Invite { get; }

    /// <summary>Cancelled when the caller hangs up (BYE, CANCEL) or the call is torn down.</summary>
    CancellationToken Ended { get; }

    /// <summary>
    /// Plays the clips one after another in the negotiated law, paced at 20 ms. Returns when the last
    /// packet is sent, or — when <paramref name="interruptible"/> — at the first key, which stays
    /// readable by <see cref="ReadDigitAsync"/>.
    /// </summary>
    Task PlayAsync(IReadOnlyList<AudioClip> clips, bool interruptible, CancellationToken cancellationToken);

    /// <summary>The oldest key pressed and not yet read ('0'–'9', '*', '#', 'A'–'D'), or null when none comes within the timeout.</summary>
    Task<char?> ReadDigitAsync(TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Forgets keys pressed and not yet read.</summary>
    void DiscardDigits();
}
