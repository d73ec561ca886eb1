namespace CallWarden.Web.Verification;

/// <summary>One-time phone codes for the public pages (configuration section "Web:Verification").</summary>
public sealed record VerificationOptions
{
    public const string Section = "Web:Verification";

    /// <summary>How long a code works after it was sent.</summary>
    public TimeSpan CodeLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong codes accepted per code before it stops working.</summary>
    public int AttemptsPerCode { get; init; } = 5;

    /// <summary>Codes one phone may receive per hour, whatever they are for.</summary>
    public int CodesPerPhonePerHour { get; init; } = 5;

    /// <summary>Codes one client address may ask for per hour: slows down texting strangers' phones.</summary>
    public int CodesPerAddressPerHour { get; init; } = 20;

    /// <summary>The least time between two codes to the same phone.</summary>
    public TimeSpan ResendInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Hands the code back to the page as well as to the SMS outbox. Only for a demonstration
    /// without an SMS gateway, which shows it in a marked banner; never in production.
    /// </summary>
    public bool ShowCodes { get; init; }

    /// <summary>Problems with the settings, each naming its key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (CodeLifetime < TimeSpan.FromMinutes(1) || CodeLifetime > TimeSpan.FromHours(1))
        {
            problems.Add($"{Section}:{nameof(CodeLifetime)} must be between 00:01:00 and 01:00:00");
        }

        if (AttemptsPerCode is < 1 or > 20)
        {
            problems.Add($"{Section}:{nameof(AttemptsPerCode)} must be between 1 and 20: each attempt is a guess at a 6-digit code");
        }

        if (CodesPerPhonePerHour < 1)
        {
            problems.Add($"{Section}:{nameof(CodesPerPhonePerHour)} must be above zero");
        }

        if (CodesPerAddressPerHour < 1)
        {
            problems.Add($"{Section}:{nameof(CodesPerAddressPerHour)} must be above zero");
        }

        if (ResendInterval < TimeSpan.Zero || ResendInterval > TimeSpan.FromHours(1))
        {
            problems.Add($"{Section}:{nameof(ResendInterval)} must be between 00:00:00 and 01:00:00");
        }

        return problems;
    }
}
