using System.Net;

namespace CallWarden.Voice.Sip;

/// <summary>The user agent: responses within the server transactions and their timers (G, H, J).</summary>
internal sealed partial class SipUserAgent
{
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
}
