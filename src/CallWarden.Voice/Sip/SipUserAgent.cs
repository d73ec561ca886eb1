using System.Net;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Hosting;
using CallWarden.Voice.Media;
using Microsoft.Extensions.Logging;

namespace CallWarden.Voice.Sip;

/// <summary>
/// The voice service's SIP user agent server over one UDP socket (RFC 3261): INVITE, ACK, BYE, CANCEL,
/// OPTIONS and INFO, server transactions keyed by branch, dialogs, and the BYE it sends itself. Every
/// new INVITE is put to the <see cref="ICallRouter"/>; its plan is carried out here. One lock guards
/// the tables; datagrams are sent under it (a UDP send does not block). The state machine is split by
/// concern: <c>.Invite</c> (new calls and their plans), <c>.Requests</c> (ACK, CANCEL, BYE, INFO, OPTIONS),
/// <c>.Responses</c> (server transactions' timers), <c>.Bye</c> (our own BYE), <c>.Calls</c> (dialogs, ends).
/// </summary>
internal sealed partial class SipUserAgent : IDisposable
{
    private const string Accept = "application/sdp, application/dtmf-relay, application/dtmf";

    private readonly ISipTransport _transport;
    private readonly ICallRouter _router;
    private readonly VoiceOptions _options;
    private readonly RtpPortPool _ports;
    private readonly RtpPacer _pacer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HashSet<IPAddress> _trusted;
    private readonly TimeSpan _t1;
    private readonly TimeSpan _t2 = TimeSpan.FromSeconds(4);
    private readonly object _gate = new();
    private readonly Dictionary<string, InviteTransaction> _invites = [];
    private readonly Dictionary<string, InviteTransaction> _awaitingAck = [];
    private readonly Dictionary<string, NonInviteTransaction> _nonInvites = [];
    private readonly Dictionary<string, SipDialog> _dialogs = [];
    private readonly Dictionary<string, CallSession> _callsByDialog = [];
    private readonly Dictionary<string, ITimer[]> _byes = [];
    private readonly HashSet<CallSession> _calls = [];
    private bool _disposed;

    public SipUserAgent(ISipTransport transport, ICallRouter router, VoiceOptions options, RtpPortPool ports, RtpPacer pacer, TimeProvider time, ILogger logger)
    {
        _transport = transport;
        _router = router;
        _options = options;
        _ports = ports;
        _pacer = pacer;
        _time = time;
        _logger = logger;
        _trusted = [.. options.TrustedProxies.Select(IPAddress.Parse)];
        _t1 = TimeSpan.FromMilliseconds(options.T1Milliseconds);
    }

    /// <summary>Calls from INVITE to end (routing, announcing or answered).</summary>
    public int ActiveCalls
    {
        get
        {
            lock (_gate)
            {
                return _calls.Count;
            }
        }
    }

    private readonly List<Task> _work = [];

    /// <summary>Every task a call started and that has not finished (its plan, its script).</summary>
    public Task[] Work
    {
        get
        {
            lock (_gate)
            {
                return [.. _work];
            }
        }
    }

    /// <summary>One datagram from the socket.</summary>
    public void Receive(ReadOnlySpan<byte> datagram, IPEndPoint source)
    {
        var parsed = SipParser.Parse(datagram);
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (!parsed.IsValid)
            {
                if (parsed.CanAnswer400)
                {
                    Respond(parsed.Message!, source, 400, "Bad Request (" + parsed.Error + ")", SipRequest.NewTag());
                }

                LogRefused(parsed.Error ?? "unreadable", source);
                return;
            }

            var message = parsed.Message!;
            if (!message.IsRequest)
            {
                OnResponse(message);
                return;
            }

            switch (message.Method)
            {
                case "INVITE":
                    OnInvite(message, source);
                    break;
                case "ACK":
                    OnAck(message);
                    break;
                default:
                    OnNonInvite(message, source);
                    break;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            foreach (var call in _calls.ToList())
            {
                if (call.Dialog is { } dialog)
                {
                    SendBye(dialog);
                }
                else if (!call.Invite.IsFinal)
                {
                    Final(call.Invite, 503, "Service Unavailable");
                }

                EndCall(call);
            }

            _disposed = true;
            foreach (var transaction in _invites.Values)
            {
                transaction.StopTimers();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SIP datagram from {Source} refused: {Reason}")]
    private partial void LogRefused(string reason, IPEndPoint source);

    [LoggerMessage(Level = LogLevel.Error, Message = "The call router failed for call {CallId}; answered 500")]
    private partial void LogRouterFailed(Exception exception, string callId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The script of call {CallId} failed; the call is ended with BYE")]
    private partial void LogScriptFailed(Exception exception, string callId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: no ACK for the 200 OK within 64*T1; ended with BYE")]
    private partial void LogNoAck(string callId);
}
