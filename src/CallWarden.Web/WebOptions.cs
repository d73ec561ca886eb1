namespace CallWarden.Web;

/// <summary>Settings of the HTTP API (configuration section "Web").</summary>
public sealed record WebOptions
{
    public const string Section = "Web";

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Public number lookups per client address per minute.</summary>
    public int LookupsPerMinutePerAddress { get; init; } = 60;

    /// <summary>Report submissions per client address per minute.</summary>
    public int ReportsPerMinutePerAddress { get; init; } = 30;

    /// <summary>Login attempts per client address per minute: slows down password guessing.</summary>
    public int LoginsPerMinutePerAddress { get; init; } = 10;

    /// <summary>Wrong passwords in a row for one login, from any address, before it is locked (<see cref="Access.LoginBackoff"/>).</summary>
    public int LoginFailuresBeforeBackoff { get; init; } = 5;

    /// <summary>How long the first lock lasts; each further wrong password doubles it.</summary>
    public TimeSpan LoginBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest lock.</summary>
    public TimeSpan LoginBackoffMax { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// With the access log switched on (<c>Logging:LogLevel:Microsoft.AspNetCore=Information</c>), one
    /// successful request in this many is written; every answer of 400 or more always is. 1 writes all.
    /// </summary>
    public int AccessLogEvery { get; init; } = 100;

    /// <summary>How long a person stays signed in without activity.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>How often the background sweeps (restriction expiry, overdue deadlines) run.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Addresses of the reverse proxies whose X-Forwarded-For/-Proto are believed (none by default).</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    /// <summary>The mailbox that takes report mails, shown on the home page; none shown when unset.</summary>
    public string? ReportMailbox { get; init; }

    /// <summary>Problems with the settings, each naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            problems.Add($"{Section}:{nameof(MaxRequestBodyBytes)} must be between 1024 and 16777216");
        }

        Positive(LookupsPerMinutePerAddress, nameof(LookupsPerMinutePerAddress));
        Positive(ReportsPerMinutePerAddress, nameof(ReportsPerMinutePerAddress));
        Positive(LoginsPerMinutePerAddress, nameof(LoginsPerMinutePerAddress));
        Positive(LoginFailuresBeforeBackoff, nameof(LoginFailuresBeforeBackoff));
        Positive(AccessLogEvery, nameof(AccessLogEvery));
        if (LoginBackoff < TimeSpan.FromSeconds(1) || LoginBackoffMax < LoginBackoff)
        {
            problems.Add($"{Section}:{nameof(LoginBackoff)} must be at least 00:00:01 and {Section}:{nameof(LoginBackoffMax)} at least as long");
        }
        if (SessionLifetime <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:{nameof(SessionLifetime)} must be positive, e.g. 08:00:00");
        }

        if (SweepInterval < TimeSpan.FromSeconds(1))
        {
            problems.Add($"{Section}:{nameof(SweepInterval)} must be at least 00:00:01");
        }

        foreach (var proxy in TrustedProxies)
        {
            if (!System.Net.IPAddress.TryParse(proxy, out _))
            {
                problems.Add($"{Section}:{nameof(TrustedProxies)} must list IP addresses such as 127.0.0.1; '{proxy}' is not one");
            }
        }

        if (ReportMailbox is { } mailbox && (mailbox.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(mailbox, out var parsed) || parsed.Address != mailbox))
        {
            problems.Add($"{Section}:{nameof(ReportMailbox)} must be a plain mail address such as report@example.org");
        }

        return problems;

        void Positive(int value, string key)
        {
            if (value <= 0)
            {
                problems.Add($"{Section}:{key} must be above zero");
            }
        }
    }
}
