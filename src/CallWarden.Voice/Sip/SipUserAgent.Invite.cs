using System.Globalization;
using System.Net;
using CallWarden.Core.Screening;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Media;
using CallWarden.Voice.Sdp;

namespace CallWarden.Voice.Sip;

/// <summary>The user agent: a new INVITE, its routing and the plan carried out (answer, announce, refuse), and re-INVITE.</summary>
internal sealed partial class SipUserAgent
{
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

        var incoming = new IncomingCall(invite.CallId, SipText.UriUser(invite.RequestUri) ?? string.Empty, CallerIdentity.Of(invite, _trusted.Contains(source.Address)), Announcement(invite, source), source);
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
}
