namespace CallWarden.Bench.Sip;

/// <summary>A SIPp instance's fixed loopback ports: SIP, its control socket and its (unused) RTP echo port.</summary>
internal sealed record SippPorts(int Sip, int Control, int Media);
