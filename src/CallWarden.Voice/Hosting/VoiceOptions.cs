using System.Net;

namespace CallWarden.Voice.Hosting;

/// <summary>The voice service (configuration section <c>Channels:Voice</c>); off unless <see cref="Enabled"/>.</summary>
public sealed class VoiceOptions
{
    public const string Section = "Channels:Voice";

    public bool Enabled { get; set; }

    /// <summary>The SIP UDP socket, <c>address:port</c>; also the address RTP ports are bound on and SDP names.</summary>
    public string Listen { get; set; } = "127.0.0.1:5080";

    public int RtpPortMin { get; set; } = 20000;

    public int RtpPortMax { get; set; } = 20999;

    /// <summary>The proxies (Kamailio) whose <c>X-CallWarden-Announce</c> header is believed; from anyone else it is ignored.</summary>
    public List<string> TrustedProxies { get; set; } = ["127.0.0.1"];

    /// <summary>Calls at once (ringing, announcing or answered); more are refused with 503 and Retry-After.</summary>
    public int MaxCalls { get; set; } = 400;

    /// <summary>Seconds a refused caller is asked to wait (503's Retry-After).</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>RFC 3261's T1 (round-trip estimate) in milliseconds: 500 unless a network is known to be faster or slower.</summary>
    public int T1Milliseconds { get; set; } = 500;

    /// <summary>The listen endpoint, when <see cref="Listen"/> is valid.</summary>
    public IPEndPoint ListenEndPoint => IPEndPoint.Parse(Listen);

    /// <summary>Every problem, each naming its key; empty when the service is off or usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enabled)
        {
            return problems;
        }

        if (!IPEndPoint.TryParse(Listen ?? string.Empty, out var listen) || listen.Port == 0 || listen.Address.Equals(IPAddress.Any) || listen.Address.Equals(IPAddress.IPv6Any))
        {
            problems.Add($"{Section}:{nameof(Listen)} must be an address and port such as 127.0.0.1:5080 (not 0.0.0.0: SDP names it).");
        }

        if (RtpPortMin < 1024 || RtpPortMax > 65534 || RtpPortMax - RtpPortMin < 2)
        {
            problems.Add($"{Section}:{nameof(RtpPortMin)} and {nameof(RtpPortMax)} must be a range of at least two ports within 1024-65534.");
        }
        else if (MaxCalls > (RtpPortMax - RtpPortMin + 1) / 2)
        {
            problems.Add($"{Section}:{nameof(MaxCalls)} ({MaxCalls}) needs an even RTP port per call; the range {RtpPortMin}-{RtpPortMax} has {(RtpPortMax - RtpPortMin + 1) / 2}.");
        }

        foreach (var proxy in TrustedProxies ?? [])
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                problems.Add($"{Section}:{nameof(TrustedProxies)} '{proxy}' is not an IP address.");
            }
        }

        if (MaxCalls < 1)
        {
            problems.Add($"{Section}:{nameof(MaxCalls)} must be at least 1.");
        }

        if (RetryAfterSeconds < 1 || T1Milliseconds is < 50 or > 5000)
        {
            problems.Add($"{Section}:{nameof(RetryAfterSeconds)} must be at least 1 and {nameof(T1Milliseconds)} within 50-5000.");
        }

        return problems;
    }
}
