namespace CallWarden.Data.Rules;

/// <summary>
/// One subscriber's screening rules as stored: the engine's <c>SubscriberRules</c> as JSON, read and
/// written through <see cref="SubscriberRuleStore"/>. A subscriber without a row has the defaults.
/// </summary>
public sealed class SubscriberRuleSet
{
    /// <summary>The subscriber's E.164 value.</summary>
    public long Subscriber { get; set; }

    /// <summary><c>SubscriberRules</c> serialised by <see cref="RulesJson"/>; its own version equals <see cref="Version"/>.</summary>
    public required string Rules { get; set; }

    /// <summary>Optimistic concurrency: 1 for the first saved set, one more on every save.</summary>
    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
