using System.Net;

namespace CallWarden.Channels.Sms;

/// <summary>The SMS channel through Kannel (configuration section <c>Channels:Sms</c>); off unless <see cref="Enabled"/>.</summary>
public sealed class SmsChannelOptions
{
    public const string Section = "Channels:Sms";

    public bool Enabled { get; set; }

    /// <summary>Kannel's sms-service presents it as <c>secret</c> (query or form field) or the <c>X-CallWarden-Secret</c> header.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>When not empty, only these addresses (smsbox's) may call <c>/sms/mo</c> and <c>/sms/dlr</c>.</summary>
    public List<string> AllowedAddresses { get; set; } = [];

    /// <summary>Kannel's sendsms URL, e.g. <c>http://127.0.0.1:13013/cgi-bin/sendsms</c>.</summary>
    public string SendSmsUrl { get; set; } = string.Empty;

    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>The sender of acknowledgements and results (the report service number).</summary>
    public string Sender { get; set; } = "12321";

    /// <summary>Where Kannel reports deliveries, e.g. <c>http://127.0.0.1:8080/sms/dlr</c>; empty asks for no reports.</summary>
    public string DeliveryReportUrl { get; set; } = string.Empty;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed message is reserved for the node sending it.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>After this many attempts a message is parked with its last error for an operator.</summary>
    public int MaxAttempts { get; set; } = 50;

    public int BatchSize { get; set; } = 50;

    /// <summary>Every problem, each naming its key; empty when the channel is off or usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enabled)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(Secret) || Secret.Length < 16)
        {
            problems.Add($"{Section}:{nameof(Secret)} must be at least 16 characters.");
        }

        foreach (var address in AllowedAddresses ?? [])
        {
            if (!IPAddress.TryParse(address, out _))
            {
                problems.Add($"{Section}:{nameof(AllowedAddresses)} '{address}' is not an IP address.");
            }
        }

        if (!Uri.TryCreate(SendSmsUrl, UriKind.Absolute, out var sendsms) || sendsms.Scheme is not ("http" or "https"))
        {
            problems.Add($"{Section}:{nameof(SendSmsUrl)} must be an http(s) URL such as http://127.0.0.1:13013/cgi-bin/sendsms.");
        }

        if (string.IsNullOrWhiteSpace(Username))
        {
            problems.Add($"{Section}:{nameof(Username)} is required (Kannel's sendsms-user).");
        }

        if (string.IsNullOrWhiteSpace(Password))
        {
            problems.Add($"{Section}:{nameof(Password)} is required (Kannel's sendsms-user).");
        }

        if (string.IsNullOrWhiteSpace(Sender) || !Sender.All(char.IsAsciiDigit))
        {
            problems.Add($"{Section}:{nameof(Sender)} must be the digits of a service number such as 12321.");
        }

        if (DeliveryReportUrl.Length > 0 && !Uri.TryCreate(DeliveryReportUrl, UriKind.Absolute, out _))
        {
            problems.Add($"{Section}:{nameof(DeliveryReportUrl)} must be an absolute URL or empty.");
        }

        if (PollInterval <= TimeSpan.Zero || FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay || SendTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:{nameof(PollInterval)}, {nameof(FirstRetryDelay)}, {nameof(SendTimeout)} must be positive and {nameof(MaxRetryDelay)} at least {nameof(FirstRetryDelay)}.");
        }

        if (MaxAttempts < 1 || BatchSize < 1)
        {
            problems.Add($"{Section}:{nameof(MaxAttempts)} and {nameof(BatchSize)} must be at least 1.");
        }

        return problems;
    }
}
