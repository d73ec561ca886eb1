using System.Net;

namespace CallWarden.Voice.Sip;

/// <summary>
/// The UAS side of a dialog (RFC 3261 section 12.1.1): the ids, the caller's target and the route
/// set from Record-Route (kept in order), and what an in-dialog request from us needs.
/// </summary>
internal sealed class SipDialog
{
    public required string CallId { get; init; }

    public required string LocalTag { get; init; }

    public required string RemoteTag { get; init; }

    /// <summary>The INVITE's To (our URI) and From (the caller's) as name-addrs without tags.</summary>
    public required string LocalUri { get; init; }

    public required string RemoteUri { get; init; }

    /// <summary>The caller's Contact URI: the Request-URI of our BYE.</summary>
    public required string RemoteTarget { get; init; }

    public required IReadOnlyList<string> RouteSet { get; init; }

    /// <summary>Where requests of the caller came from: used when neither a route nor the target is an IP literal.</summary>
    public required IPEndPoint Source { get; init; }

    public long LocalCSeq { get; set; }

    public long RemoteCSeq { get; set; }

    public string Key => KeyOf(CallId, LocalTag, RemoteTag);

    public static string KeyOf(string callId, string localTag, string remoteTag) => callId + "\n" + localTag + "\n" + remoteTag;

    /// <summary>
    /// Where an in-dialog request goes: the first route when it is a loose router (<c>;lr</c>), else the
    /// target, each when its host is an IP literal (the service does no DNS), else the caller's source.
    /// </summary>
    public IPEndPoint NextHop()
    {
        var first = RouteSet.Count > 0 ? SipText.Uri(RouteSet[0]) : null;
        return HostPort(first) ?? HostPort(RemoteTarget) ?? Source;
    }

    private static IPEndPoint? HostPort(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        var rest = uri.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? uri[4..] : null;
        if (rest is null)
        {
            return null;
        }

        var at = rest.IndexOf('@');
        rest = at >= 0 ? rest[(at + 1)..] : rest;
        var end = rest.IndexOfAny([';', '?', '>']);
        var hostPort = end >= 0 ? rest[..end] : rest;
        if (IPEndPoint.TryParse(hostPort, out var endpoint) && hostPort.Contains(':', StringComparison.Ordinal) && !hostPort.EndsWith(']'))
        {
            return endpoint;
        }

        return IPAddress.TryParse(hostPort.Trim('[', ']'), out var address) ? new IPEndPoint(address, 5060) : null;
    }
}
