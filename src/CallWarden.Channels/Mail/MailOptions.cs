using System.Net;

namespace CallWarden.Channels.Mail;

/// <summary>Settings of the mail channel, bound from <c>Channels:Mail</c> and validated at start.</summary>
public sealed class MailOptions
{
    public const string Section = "Channels:Mail";

    /// <summary>Off by default, so that a second <c>serve</c> on the machine does not fight over the port.</summary>
    public bool Enabled { get; set; }

    public string Address { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 2525;

    public string ServerName { get; set; } = "callwarden";

    /// <summary>A larger DATA is cut off with <c>552 5.3.4</c>: recordings are small, and MIME bombs are not.</summary>
    public int MaxMessageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Leaf parts (body and attachments) one mail may carry.</summary>
    public int MaxParts { get; set; } = 32;

    /// <summary>How deep multiparts may nest.</summary>
    public int MaxDepth { get; set; } = 8;

    /// <summary>Numbers reported by one mail; more are ignored.</summary>
    public int MaxNumbers { get; set; } = 5;

    /// <summary>The region numbers without a country code belong to.</summary>
    public string Region { get; set; } = "CN";

    /// <summary>How far back a call time written in a mail may lie.</summary>
    public TimeSpan ReportWindow { get; set; } = TimeSpan.FromDays(30);

    public MailRelayOptions Relay { get; set; } = new();

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (!IPAddress.TryParse(Address, out _))
        {
            problems.Add($"{Section}:{nameof(Address)} must be an IP address, e.g. 127.0.0.1 (was '{Address}').");
        }

        if (Port is < 1 or > 65535)
        {
            problems.Add($"{Section}:{nameof(Port)} must be between 1 and 65535 (was {Port}).");
        }

        if (string.IsNullOrWhiteSpace(ServerName))
        {
            problems.Add($"{Section}:{nameof(ServerName)} must not be empty.");
        }

        if (MaxMessageBytes is < 1024 or > 100 * 1024 * 1024)
        {
            problems.Add($"{Section}:{nameof(MaxMessageBytes)} must be between 1024 and 104857600 (was {MaxMessageBytes}).");
        }

        if (MaxParts is < 1 or > 1000)
        {
            problems.Add($"{Section}:{nameof(MaxParts)} must be between 1 and 1000 (was {MaxParts}).");
        }

        if (MaxDepth is < 1 or > 50)
        {
            problems.Add($"{Section}:{nameof(MaxDepth)} must be between 1 and 50 (was {MaxDepth}).");
        }

        if (MaxNumbers is < 1 or > 50)
        {
            problems.Add($"{Section}:{nameof(MaxNumbers)} must be between 1 and 50 (was {MaxNumbers}).");
        }

        if (ReportWindow <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:{nameof(ReportWindow)} must be positive.");
        }

        problems.AddRange(Relay.Validate($"{Section}:{nameof(Relay)}"));
        return problems;
    }
}
