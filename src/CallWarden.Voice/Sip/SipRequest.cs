using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CallWarden.Voice.Sip;

/// <summary>Requests the service sends itself: BYE within a dialog (RFC 3261 section 12.2.1.1).</summary>
internal static class SipRequest
{
    /// <summary>A fresh branch with RFC 3261's magic cookie.</summary>
    public static string NewBranch() => "z9hG4bK" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string NewTag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static byte[] InDialog(string method, SipDialog dialog, System.Net.IPEndPoint local, string branch)
    {
        var text = new StringBuilder(512);
        text.Append(method).Append(' ').Append(dialog.RemoteTarget).Append(" SIP/2.0\r\n");
        text.Append(CultureInfo.InvariantCulture, $"Via: SIP/2.0/UDP {local};branch={branch};rport\r\n");
        text.Append("Max-Forwards: 70\r\n");
        foreach (var route in dialog.RouteSet)
        {
            text.Append("Route: ").Append(route).Append("\r\n");
        }

        text.Append("From: ").Append(dialog.LocalUri).Append(";tag=").Append(dialog.LocalTag).Append("\r\n");
        text.Append("To: ").Append(dialog.RemoteUri).Append(";tag=").Append(dialog.RemoteTag).Append("\r\n");
        text.Append("Call-ID: ").Append(dialog.CallId).Append("\r\n");
        text.Append(CultureInfo.InvariantCulture, $"CSeq: {dialog.LocalCSeq} {method}\r\n");
        text.Append("User-Agent: CallWarden\r\n");
        text.Append("Content-Length: 0\r\n\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A name-addr without its tag parameter (the INVITE's From or To, for the dialog's URIs).</summary>
    public static string WithoutTag(string header)
    {
        var close = header.LastIndexOf('>');
        var from = close >= 0 ? close + 1 : 0;
        var parts = header[from..].Split(';');
        var kept = parts.Where((p, i) => i == 0 || !p.Trim().StartsWith("tag=", StringComparison.OrdinalIgnoreCase));
        return header[..from] + string.Join(';', kept);
    }
}
