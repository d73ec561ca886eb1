using System.Globalization;

namespace CallWarden.Voice.Sip;

/// <summary>The user agent: dialogs, the end of a call, and the keys its tables use.</summary>
internal sealed partial class SipUserAgent
{
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
}
