using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;

namespace CallWarden.Core.Screening;

/// <summary>The data behind a <see cref="Reason"/>; each rule sets the fields it speaks about, the default none.</summary>
public readonly record struct ReasonData
{
    /// <summary>The caller as the engine normalised it.</summary>
    public PhoneNumber Caller { get; init; }

    /// <summary>Allowlist and blocklist: the entry that decided.</summary>
    public RuleEntry? Entry { get; init; }

    /// <summary>Allowlist and blocklist: the strongest entry of the other effect, which <see cref="Entry"/> overrode.</summary>
    public RuleEntry? Overridden { get; init; }

    /// <summary>Carrier enforcement, refusal registry, verified business and reputation: what the community knows of the caller.</summary>
    public CommunityFacts Community { get; init; }

    /// <summary>Refusal registry and verified business: the caller's approved business line.</summary>
    public BusinessLine Business { get; init; }

    /// <summary>Refusal registry: the categories the callee refused that the line markets.</summary>
    public MarketingCategories RefusedCategories { get; init; }

    /// <summary>Reputation: the callee's threshold.</summary>
    public int Threshold { get; init; }

    /// <summary>Reputation: the callee chose label-only.</summary>
    public bool LabelOnly { get; init; }

    /// <summary>Anonymous: how the number was withheld.</summary>
    public Presentation Presentation { get; init; }

    /// <summary>Region: the rule that applied.</summary>
    public RegionRule? Region { get; init; }

    /// <summary>Neighbour spoofing: how many leading national digits caller and callee share.</summary>
    public int SharedDigits { get; init; }

    /// <summary>Quiet hours: the window.</summary>
    public QuietHours? QuietHours { get; init; }

    /// <summary>Quiet hours: the caller's earlier call that makes this one a repeat.</summary>
    public DateTimeOffset? PreviousCall { get; init; }

    /// <summary>STIR/SHAKEN: the attestation level the call carried.</summary>
    public string? Attestation { get; init; }

    /// <summary>STIR/SHAKEN: the identity header failed verification.</summary>
    public bool VerificationFailed { get; init; }
}
