using System.Globalization;
using System.Net;
using CallWarden.Core.Screening;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Hosting;
using CallWarden.Voice.Media;
using CallWarden.Voice.Sdp;
using Microsoft.Extensions.Logging;

namespace CallWarden.Voice.Sip;

/// <summary>
/// The voice service's SIP user agent server over one UDP socket (RFC 3261): INVITE, ACK, BYE, CANCEL,
/// OPTIONS and INFO, server transactions keyed by branch, dialogs, and the BYE it sends itself. Every
/// new INVITE is put to the <see cref="ICallRouter"/>; its plan is carried out here. One lock guards
/// the tables; datagrams are sent under it (a UDP send does not block). Kept in one file: it is the
/// protocol's state machine, read top to bottom.
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
    private readonly TimeSpan _t4 = TimeSpan.FromSeconds(5);
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

    // ---- INVITE ------------------------------------------------------------------------------

    private void OnInvite(SipMessage invite, IPEndPoint source)
    {
        var key = TransactionKey(invite);
        if (_invites.TryGetValue(key, out var existing))
        {
            // A retransmission: the last response again (RFC 3261 section 17.2.1).
            if (existing.LastResponse is not null)
            {
                _transport.Send(existing.LastResponse, existing.Destination);
            }

            return;
        }

        if (invite.ToTag.Length > 0)
        {
            OnReInvite(invite, source, key);
            return;
        }

        // A flood of new INVITEs is answered without keeping anything for them.
        if (_invites.Count > _options.MaxCalls * 8)
        {
            Respond(invite, source, 503, "Service Unavailable", SipRequest.NewTag(), extra: [("Retry-After", _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture))]);
            return;
        }

        var transaction = new InviteTransaction { Request = invite, Source = source, Destination = SipResponse.Destination(invite, source), ToTag = SipRequest.NewTag() };
        _invites[key] = transaction;
        Send(transaction, 100, "Trying");

        if (Required(invite) is { } unsupported)
        {
            Final(transaction, 420, "Bad Extension", [("Unsupported", unsupported)]);
            return;
        }

        if (_calls.Count >= _options.MaxCalls)
        {
            Final(transaction, 503, "Service Unavailable", [("Retry-After", _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture))]);
            return;
        }

        if (Offer(invite) is var (offer, problem) && offer is null)
        {
            Final(transaction, 488, "Not Acceptable Here", [("Warning", $"399 callwarden \"{problem}\"")]);
            return;
        }

        var incoming = new IncomingCall(invite.CallId, SipText.UriUser(invite.RequestUri) ?? string.Empty, CallerIdentity.Of(invite), Announcement(invite, source), source);
        var call = new CallSession(incoming, transaction);
        transaction.Call = call;
        _calls.Add(call);
        _work.RemoveAll(t => t.IsCompleted);
        _work.Add(Task.Run(() => RouteAsync(call, offer!)));
    }

    /// <summary>The extensions a request requires (RFC 3261 section 8.2.2.3): the service supports none, so any is refused.</summary>
    private static string? Required(SipMessage request)
    {
        var required = string.Join(", ", request.Values("Require").SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0));
        return required.Length > 0 ? required : null;
    }

    /// <summary>The offer in an INVITE's body, or why there is none we can answer.</summary>
    private static (SdpSession? Offer, string? Problem) Offer(SipMessage invite)
    {
        if (invite.Body.IsEmpty)
        {
            return (null, "an SDP offer is required");
        }

        if (!invite.ContentType.Split(';')[0].Trim().Equals("application/sdp", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "the body is not application/sdp");
        }

        var (offer, error) = SdpParser.Parse(invite.Body.Span);
        if (offer is null)
        {
            return (null, error);
        }

        // The answer is built again with the call's port once it has one; this only checks it can be.
        var (_, refusal) = SdpNegotiation.Answer(offer, IPAddress.Loopback, 0, 0, 0);
        return refusal is null ? (offer, null) : (null, refusal);
    }

    /// <summary>X-CallWarden-Announce from a trusted proxy, as a disposition; from anyone else it is ignored.</summary>
    private Disposition? Announcement(SipMessage invite, IPEndPoint source)
    {
        var header = invite[SipHeaderNames.Announce];
        return header is not null && _trusted.Contains(source.Address) && Dispositions.TryParseCode(header.Trim(), out var disposition) ? disposition : null;
    }

    private async Task RouteAsync(CallSession call, SdpSession offer)
    {
        CallPlan plan;
        try
        {
            plan = _router.Route(call.Incoming);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRouterFailed(e, call.Incoming.CallId);
            plan = new RefuseCall(500, "Server Internal Error");
        }

        switch (plan)
        {
            case AnswerCall answer:
                await AnswerAsync(call, offer, answer).ConfigureAwait(false);
                break;
            case AnnounceThenEnd announce:
                await AnnounceAsync(call, offer, announce).ConfigureAwait(false);
                break;
            case RefuseCall refuse:
                lock (_gate)
                {
                    var status = refuse.Status is >= 300 and <= 699 ? refuse.Status : 500;
                    if (!call.Invite.IsFinal)
                    {
                        Final(call.Invite, status, status == refuse.Status ? refuse.ReasonPhrase : "Server Internal Error");
                    }

                    EndCall(call);
                }

                break;
            default:
                lock (_gate)
                {
                    if (!call.Invite.IsFinal)
                    {
                        Final(call.Invite, 500, "Server Internal Error");
                    }

                    EndCall(call);
                }

                break;
        }
    }

    /// <summary>Opens the call's RTP and agrees on media; false (with the final response sent) when it cannot.</summary>
    private bool OpenMedia(CallSession call, SdpSession offer, bool silence, out byte[] answerSdp)
    {
        answerSdp = [];
        if (call.IsEnded || call.Invite.IsFinal)
        {
            EndCall(call);
            return false;
        }

        var stream = _ports.Open();
        if (stream is null)
        {
            Final(call.Invite, 503, "Service Unavailable", [("Retry-After", _options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture))]);
            EndCall(call);
            return false;
        }

        var sessionId = _time.GetUtcNow().ToUnixTimeSeconds();
        var (agreement, _) = SdpNegotiation.Answer(offer, _transport.Local.Address, stream.LocalPort, sessionId, sessionId);
        Apply(stream, agreement!);
        stream.SendsSilence = silence;
        call.Stream = stream;
        answerSdp = agreement!.AnswerSdp;
        _pacer.Add(stream);
        _ = stream.ReceiveAsync();
        return true;
    }

    private static void Apply(RtpStream stream, MediaAgreement agreement)
    {
        stream.Law = agreement.Law;
        stream.PayloadType = (byte)agreement.PayloadType;
        stream.TelephoneEventType = agreement.TelephoneEvent ?? -1;
        stream.Remote = agreement.WeSend ? agreement.Remote : null;
    }

    private async Task AnswerAsync(CallSession call, SdpSession offer, AnswerCall answer)
    {
        VoiceCall voice;
        lock (_gate)
        {
            if (!OpenMedia(call, offer, silence: true, out var sdp))
            {
                return;
            }

            var invite = call.Invite;
            var dialog = CreateDialog(invite);
            call.Dialog = dialog;
            _dialogs[dialog.Key] = dialog;
            _callsByDialog[dialog.Key] = call;
            voice = new VoiceCall(call.Incoming, call.Stream!, _time, call.Ended);
            call.Voice = voice;
            Final(invite, 200, "OK", [("Contact", Contact(invite.Request)), ("Allow", SipResponse.Allow), ("Accept", Accept)], "application/sdp", sdp);
        }

        try
        {
            await answer.Script.RunAsync(voice, call.Ended).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (call.IsEnded)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogScriptFailed(e, call.Incoming.CallId);
        }

        lock (_gate)
        {
            if (!call.IsEnded && call.Dialog is { } dialog)
            {
                SendBye(dialog);
            }

            EndCall(call);
        }
    }

    private async Task AnnounceAsync(CallSession call, SdpSession offer, AnnounceThenEnd announce)
    {
        Task played = Task.CompletedTask;
        lock (_gate)
        {
            if (!OpenMedia(call, offer, silence: false, out var sdp))
            {
                return;
            }

            var invite = call.Invite;
            Send(invite, 183, "Session Progress", [("Contact", Contact(invite.Request)), ("Allow", SipResponse.Allow)], "application/sdp", sdp);
            foreach (var clip in announce.Clips)
            {
                played = call.Stream!.Enqueue(call.Stream.Law == G711Law.Pcmu ? clip.Pcmu : clip.Pcma);
            }
        }

        using (call.Ended.Register(() => call.Stream?.Flush()))
        {
            await played.ConfigureAwait(false);
        }

        lock (_gate)
        {
            // A CANCEL meanwhile has already answered the INVITE with 487.
            if (!call.Invite.IsFinal)
            {
                var status = announce.FinalStatus is >= 300 and <= 699 ? announce.FinalStatus : 480;
                Final(call.Invite, status, announce.ReasonPhrase);
            }

            EndCall(call);
        }
    }

    private void OnReInvite(SipMessage invite, IPEndPoint source, string key)
    {
        var transaction = new InviteTransaction { Request = invite, Source = source, Destination = SipResponse.Destination(invite, source), ToTag = invite.ToTag };
        _invites[key] = transaction;
        if (!_callsByDialog.TryGetValue(DialogKey(invite), out var call) || call.Stream is null)
        {
            Final(transaction, 481, "Call/Transaction Does Not Exist");
            return;
        }

        var (offer, problem) = Offer(invite);
        if (offer is null)
        {
            Final(transaction, 488, "Not Acceptable Here", [("Warning", $"399 callwarden \"{problem}\"")]);
            return;
        }

        // Hold, resume or a new address: the same port, the stream follows the new offer.
        var sessionId = _time.GetUtcNow().ToUnixTimeSeconds();
        var (agreement, _) = SdpNegotiation.Answer(offer, _transport.Local.Address, call.Stream.LocalPort, sessionId, sessionId + invite.CSeqNumber);
        Apply(call.Stream, agreement!);
        Final(transaction, 200, "OK", [("Contact", Contact(invite)), ("Allow", SipResponse.Allow)], "application/sdp", agreement!.AnswerSdp);
    }

    // ---- ACK, CANCEL, BYE, INFO, OPTIONS -------------------------------------------------------

    private void OnAck(SipMessage ack)
    {
        if (_awaitingAck.Remove(AckKey(ack), out var transaction))
        {
            transaction.Acknowledged = true;
            transaction.RetransmitTimer?.Dispose();
            transaction.RetransmitTimer = null;
        }
    }

    private void OnNonInvite(SipMessage request, IPEndPoint source)
    {
        var key = TransactionKey(request);
        if (_nonInvites.TryGetValue(key, out var sent))
        {
            // Timer J: a retransmitted request gets the same response again.
            if (sent.Response is { } response)
            {
                _transport.Send(response, sent.To!);
            }

            return;
        }

        if (_nonInvites.Count < 100_000)
        {
            _nonInvites[key] = new NonInviteTransaction { TimerJ = _time.CreateTimer(_ => Forget(key), null, _t1 * 64, Timeout.InfiniteTimeSpan) };
        }

        if (request.Method != "CANCEL" && Required(request) is { } unsupported)
        {
            Respond(request, source, 420, "Bad Extension", SipRequest.NewTag(), key, [("Unsupported", unsupported)]);
            return;
        }

        switch (request.Method)
        {
            case "CANCEL":
                OnCancel(request, source, key);
                break;
            case "BYE":
                OnBye(request, source, key);
                break;
            case "INFO":
                OnInfo(request, source, key);
                break;
            case "OPTIONS":
                Respond(request, source, 200, "OK", SipRequest.NewTag(), key, [("Allow", SipResponse.Allow), ("Accept", Accept), ("Accept-Language", "zh-Hans, zh-Hant, en")]);
                break;
            default:
                Respond(request, source, request.ToTag.Length > 0 && !_dialogs.ContainsKey(DialogKey(request)) ? 481 : 405,
                    request.ToTag.Length > 0 && !_dialogs.ContainsKey(DialogKey(request)) ? "Call/Transaction Does Not Exist" : "Method Not Allowed",
                    SipRequest.NewTag(), key, [("Allow", SipResponse.Allow)]);
                break;
        }
    }

    private void OnCancel(SipMessage cancel, IPEndPoint source, string key)
    {
        // CANCEL carries the INVITE's branch (RFC 3261 section 9.1).
        if (!_invites.TryGetValue(TransactionKey(cancel, "INVITE"), out var invite))
        {
            Respond(cancel, source, 481, "Call/Transaction Does Not Exist", SipRequest.NewTag(), key);
            return;
        }

        Respond(cancel, source, 200, "OK", invite.ToTag, key);
        if (!invite.IsFinal)
        {
            Final(invite, 487, "Request Terminated");
            if (invite.Call is { } call)
            {
                EndCall(call);
            }
        }
    }

    private void OnBye(SipMessage bye, IPEndPoint source, string key)
    {
        if (!_callsByDialog.TryGetValue(DialogKey(bye), out var call))
        {
            Respond(bye, source, 481, "Call/Transaction Does Not Exist", SipRequest.NewTag(), key);
            return;
        }

        Respond(bye, source, 200, "OK", null, key);
        EndCall(call);
    }

    private void OnInfo(SipMessage info, IPEndPoint source, string key)
    {
        if (!_callsByDialog.TryGetValue(DialogKey(info), out var call))
        {
            Respond(info, source, 481, "Call/Transaction Does Not Exist", SipRequest.NewTag(), key);
            return;
        }

        if (info.Body.Length > 0 && !DtmfRelay.IsDtmf(info.ContentType))
        {
            Respond(info, source, 415, "Unsupported Media Type", null, key, [("Accept", "application/dtmf-relay, application/dtmf")]);
            return;
        }

        Respond(info, source, 200, "OK", null, key);
        if (info.Body.Length > 0 && DtmfRelay.Key(info.ContentType, info.Body.Span) is { } digit)
        {
            call.Voice?.Key(digit);
        }
    }

    private void OnResponse(SipMessage response)
    {
        // Only our BYEs have client transactions; any final response ends their retransmissions.
        if (response.StatusCode >= 200 && _byes.Remove(response.Branch, out var timers))
        {
            foreach (var timer in timers)
            {
                timer.Dispose();
            }
        }
    }

    // ---- our BYE (a UAC non-INVITE transaction: Timer E resends, Timer F gives up) --------------

    private void SendBye(SipDialog dialog)
    {
        dialog.LocalCSeq++;
        var branch = SipRequest.NewBranch();
        var bytes = SipRequest.InDialog("BYE", dialog, _transport.Local, branch);
        var to = dialog.NextHop();
        _transport.Send(bytes, to);
        var interval = _t1;
        ITimer? resend = null;
        resend = _time.CreateTimer(_ =>
        {
            lock (_gate)
            {
                if (!_byes.ContainsKey(branch) || _disposed)
                {
                    return;
                }

                _transport.Send(bytes, to);
                interval = interval * 2 < _t2 ? interval * 2 : _t2;
                resend?.Change(interval, Timeout.InfiniteTimeSpan);
            }
        }, null, interval, Timeout.InfiniteTimeSpan);
        var giveUp = _time.CreateTimer(_ =>
        {
            lock (_gate)
            {
                if (_byes.Remove(branch, out var timers))
                {
                    foreach (var timer in timers)
                    {
                        timer.Dispose();
                    }
                }
            }
        }, null, _t1 * 64, Timeout.InfiniteTimeSpan);
        _byes[branch] = [resend, giveUp];
    }

    // ---- responses -----------------------------------------------------------------------------

    /// <summary>A provisional response within the INVITE transaction (sent again for a retransmitted INVITE).</summary>
    private void Send(InviteTransaction transaction, int status, string reason, IEnumerable<(string, string)>? extra = null, string? contentType = null, byte[]? body = null)
    {
        transaction.LastResponse = SipResponse.Build(transaction.Request, transaction.Source, status, reason, transaction.ToTag, extra, contentType, body);
        transaction.Status = status;
        _transport.Send(transaction.LastResponse, transaction.Destination);
    }

    /// <summary>
    /// The INVITE's final response: sent, then again every Timer G (T1 doubling to T2) until its ACK;
    /// Timer H (64·T1) gives up, and for an answered call without ACK the call is ended with BYE.
    /// </summary>
    private void Final(InviteTransaction transaction, int status, string reason, IEnumerable<(string, string)>? extra = null, string? contentType = null, byte[]? body = null)
    {
        Send(transaction, status, reason, extra, contentType, body);
        var ackKey = AckKey(transaction.Request);
        _awaitingAck[ackKey] = transaction;
        transaction.RetransmitInterval = _t1;
        transaction.RetransmitTimer = _time.CreateTimer(_ => Retransmit(transaction), null, _t1, Timeout.InfiniteTimeSpan);
        transaction.GiveUpTimer = _time.CreateTimer(_ => GiveUp(transaction, ackKey), null, _t1 * 64, Timeout.InfiniteTimeSpan);
    }

    private void Retransmit(InviteTransaction transaction)
    {
        lock (_gate)
        {
            if (transaction.Acknowledged || transaction.RetransmitTimer is null || _disposed)
            {
                return;
            }

            _transport.Send(transaction.LastResponse!, transaction.Destination);
            transaction.RetransmitInterval = transaction.RetransmitInterval * 2 < _t2 ? transaction.RetransmitInterval * 2 : _t2;
            transaction.RetransmitTimer.Change(transaction.RetransmitInterval, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Timer H (and RFC 6026's Timer L for 2xx): the transaction ends; without its ACK, an answered call ends too.</summary>
    private void GiveUp(InviteTransaction transaction, string ackKey)
    {
        lock (_gate)
        {
            transaction.StopTimers();
            _invites.Remove(TransactionKey(transaction.Request));
            if (transaction.Acknowledged || _disposed)
            {
                return;
            }

            _awaitingAck.Remove(ackKey);
            if (transaction.Status is >= 200 and < 300 && transaction.Call is { } call && !call.IsEnded)
            {
                LogNoAck(transaction.Request.CallId);
                if (call.Dialog is { } dialog && transaction.Request.ToTag.Length == 0)
                {
                    SendBye(dialog);
                    EndCall(call);
                }
            }
        }
    }

    /// <summary>A response to a non-INVITE request, remembered for its retransmissions when <paramref name="key"/> is given.</summary>
    private void Respond(SipMessage request, IPEndPoint source, int status, string reason, string? toTag, string? key = null, IEnumerable<(string, string)>? extra = null)
    {
        var bytes = SipResponse.Build(request, source, status, reason, toTag, extra);
        var to = SipResponse.Destination(request, source);
        _transport.Send(bytes, to);
        if (key is not null && _nonInvites.TryGetValue(key, out var transaction))
        {
            transaction.Response = bytes;
            transaction.To = to;
        }
    }

    private void Forget(string key)
    {
        lock (_gate)
        {
            if (_nonInvites.Remove(key, out var transaction))
            {
                transaction.TimerJ?.Dispose();
            }
        }
    }

    // ---- calls and dialogs ---------------------------------------------------------------------

    private SipDialog CreateDialog(InviteTransaction invite)
    {
        var request = invite.Request;
        var contact = request[SipHeaderNames.Contact];
        return new SipDialog
        {
            CallId = request.CallId,
            LocalTag = invite.ToTag,
            RemoteTag = request.FromTag,
            LocalUri = SipRequest.WithoutTag(request[SipHeaderNames.To]!),
            RemoteUri = SipRequest.WithoutTag(request[SipHeaderNames.From]!),
            RemoteTarget = (contact is null ? null : SipText.Uri(contact)) ?? SipText.Uri(request[SipHeaderNames.From]!)!,
            RouteSet = [.. request.Values(SipHeaderNames.RecordRoute)],
            Source = invite.Source,
            RemoteCSeq = request.CSeqNumber,
        };
    }

    /// <summary>Ends a call once: its RTP stops, its dialog goes; the script sees <see cref="CallSession.Ended"/>.</summary>
    private void EndCall(CallSession call)
    {
        if (!_calls.Remove(call))
        {
            return;
        }

        call.End();
        if (call.Stream is { } stream)
        {
            _pacer.Remove(stream);
        }

        if (call.Dialog is { } dialog)
        {
            _dialogs.Remove(dialog.Key);
            _callsByDialog.Remove(dialog.Key);
        }

        call.Dispose();
    }

    private string Contact(SipMessage request)
    {
        var user = SipText.UriUser(request.RequestUri);
        var local = _transport.Local;
        return user is null || !user.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.' or '*' or '#')
            ? $"<sip:{local}>"
            : $"<sip:{user}@{local}>";
    }

    private static string TransactionKey(SipMessage request, string? method = null) =>
        request.Branch + "\n" + (method ?? (request.Method == "ACK" ? "INVITE" : request.Method));

    private static string AckKey(SipMessage request) => request.CallId + "\n" + request.CSeqNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>An incoming in-dialog request's dialog: our tag is in its To, the caller's in its From.</summary>
    private static string DialogKey(SipMessage request) => SipDialog.KeyOf(request.CallId, request.ToTag, request.FromTag);

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
