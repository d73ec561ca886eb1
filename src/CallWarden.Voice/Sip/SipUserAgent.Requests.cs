using System.Net;
using CallWarden.Voice.Media;

namespace CallWarden.Voice.Sip;

/// <summary>The user agent: ACK, CANCEL, BYE, INFO, OPTIONS and every other request.</summary>
internal sealed partial class SipUserAgent
{
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
}
