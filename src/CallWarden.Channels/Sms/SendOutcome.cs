namespace CallWarden.Channels.Sms;

/// <summary>What Kannel's sendsms said: accepted (never send again), or not, with why and whether it may pass.</summary>
internal sealed record SendOutcome(bool Accepted, bool Permanent, string? Error)
{
    public static SendOutcome Ok { get; } = new(true, false, null);

    public static SendOutcome Later(string error) => new(false, false, error);

    public static SendOutcome Refused(string error) => new(false, true, error);
}
