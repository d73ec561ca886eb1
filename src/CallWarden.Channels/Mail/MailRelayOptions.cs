using MimeKit;

namespace CallWarden.Channels.Mail;

/// <summary>The SMTP server replies are handed to (<c>Channels:Mail:Relay</c>); without a host no reply is sent.</summary>
public sealed class MailRelayOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "CallWarden <reports@callwarden.local>";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first retry waits this long; each further one twice as long, up to an hour.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After this many failed attempts a reply is left for an operator (its last error kept).</summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<string> Validate(string prefix)
    {
        List<string> problems = [];
        if (Host is not null && string.IsNullOrWhiteSpace(Host))
        {
            problems.Add($"{prefix}:{nameof(Host)} must be a host name or address, or be left out.");
        }

        if (Port is < 1 or > 65535)
        {
            problems.Add($"{prefix}:{nameof(Port)} must be between 1 and 65535 (was {Port}).");
        }

        if (!MailboxAddress.TryParse(From, out _))
        {
            problems.Add($"{prefix}:{nameof(From)} must be a mail address, e.g. CallWarden <reports@example.org> (was '{From}').");
        }

        if (PollInterval <= TimeSpan.Zero || RetryDelay <= TimeSpan.Zero || Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{prefix}:{nameof(PollInterval)}, {nameof(RetryDelay)} and {nameof(Timeout)} must be positive.");
        }

        if (MaxAttempts is < 1 or > 100)
        {
            problems.Add($"{prefix}:{nameof(MaxAttempts)} must be between 1 and 100 (was {MaxAttempts}).");
        }

        return problems;
    }
}
