using System.Collections.Immutable;
using CallWarden.Core.Localization;

namespace CallWarden.Core.Screening;

/// <summary>
/// One subscriber's screening rules: a plain immutable value, stored as JSON and versioned by the
/// change feed. Each "what happens to …" setting is a <see cref="Disposition"/>, where
/// <see cref="Disposition.Allow"/> turns that rule off. Check with <see cref="Validate"/>, then
/// <see cref="Compile"/> once per version for the engine.
/// </summary>
public sealed record SubscriberRules
{
    /// <summary>What a subscriber who never changed anything gets.</summary>
    public static SubscriberRules Default { get; } = new();

    /// <summary>Bumped on every change; recorded with each decision.</summary>
    public long Version { get; init; }

    /// <summary>The language of labels and reasons.</summary>
    public DisplayLanguage Language { get; init; } = DisplayLanguage.ZhHans;

    /// <summary>The allowlist and blocklist.</summary>
    public IReadOnlyList<RuleEntry> Entries { get; init; } = [];

    /// <summary>E.164 values of the subscriber's contacts: they always get through.</summary>
    public ImmutableHashSet<long> Contacts { get; init; } = [];

    /// <summary>Contacts-only mode: what happens to callers who are neither contacts nor allowlisted.</summary>
    public Disposition ContactsOnly { get; init; } = Disposition.Allow;

    /// <summary>Callers who withhold their number.</summary>
    public Disposition Anonymous { get; init; } = Disposition.Allow;

    /// <summary>Callers whose number is invalid or unallocated.</summary>
    public Disposition Invalid { get; init; } = Disposition.Label;

    /// <summary>Callers with a number of another country (境外来电).</summary>
    public Disposition International { get; init; } = Disposition.Label;

    /// <summary>
    /// A domestic number arriving over an international gateway: the classic spoofed fraud call,
    /// which Chinese carriers are required to intercept, so it is refused unless the subscriber says otherwise.
    /// </summary>
    public Disposition SpoofedDomestic { get; init; } = Disposition.Reject;

    /// <summary>Callers sharing the leading digits of the subscriber's own number (neighbour spoofing).</summary>
    public Disposition NeighbourSpoofing { get; init; } = Disposition.Label;

    public IReadOnlyList<RegionRule> Regions { get; init; } = [];

    /// <summary>The lowest <see cref="ReputationThreshold"/> allowed: above what a single reporter can give a number (ADR-002).</summary>
    public static int MinReputationThreshold => SubscriberRulesValidation.MinThreshold;

    /// <summary>Community score (0–100) from which a reported caller is blocked.</summary>
    public int ReputationThreshold { get; init; } = 80;

    /// <summary>Reported callers are labelled but never blocked on the community's word.</summary>
    public bool LabelOnly { get; init; }

    /// <summary>What blocking a reported caller does.</summary>
    public Disposition ReputationDisposition { get; init; } = Disposition.Reject;

    public QuietHours? QuietHours { get; init; }

    /// <summary>What happens when no rule decides.</summary>
    public Disposition DefaultDisposition { get; init; } = Disposition.Allow;

    /// <summary>Problems with the rules, each naming its setting or pattern; empty when the rules can be compiled.</summary>
    /// <exception cref="ArgumentException">The region is not a supported ISO 3166 code.</exception>
    public IReadOnlyList<string> Validate(string region = "CN") => SubscriberRulesValidation.Problems(this, region);

    /// <summary>The form the engine reads; compile once per version.</summary>
    /// <exception cref="ArgumentException">The rules have problems (see <see cref="Validate"/>); the message lists them.</exception>
    public CompiledRules Compile(string region = "CN") => CompiledRules.Compile(this, region);
}
