namespace CallWarden.Voice.Sip;

/// <summary>The user agent: the BYE it sends itself, a UAC non-INVITE transaction (Timer E resends, Timer F gives up).</summary>
internal sealed partial class SipUserAgent
{
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
}
