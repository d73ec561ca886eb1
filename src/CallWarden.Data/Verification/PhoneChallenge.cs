namespace CallWarden.Data.Verification;

/// <summary>
/// A one-time code sent to a phone to prove the person holds it. Only a salted hash of the code
/// is stored; the newest challenge of a phone and purpose is the only one that counts.
/// </summary>
public sealed class PhoneChallenge
{
    public const int PurposeLength = 16;
    public const int SaltLength = 16;
    public const int HashLength = 32;

    /// <summary>Room for an IPv6 address with a zone (45 characters) and more.</summary>
    public const int ClientAddressLength = 64;

    public long Id { get; set; }

    /// <summary>The phone the code went to, as E.164 digits.</summary>
    public long Phone { get; set; }

    /// <summary>What the proof is for, a short code such as <c>report</c> or <c>my_report</c>.</summary>
    public required string Purpose { get; set; }

    /// <summary>Random bytes of this row, so that equal codes hash differently.</summary>
    public required byte[] Salt { get; set; }

    public required byte[] CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Wrong codes presented so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the right code was presented; a code works once.</summary>
    public DateTimeOffset? ConsumedAt { get; set; }

    /// <summary>The address of the client that asked for the code, for per-address limits.</summary>
    public required string ClientAddress { get; set; }
}
