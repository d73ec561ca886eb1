using CallWarden.Core.Registry;

namespace CallWarden.Data.Registry;

/// <summary>
/// A subscriber's refusal of marketing calls: one row per subscriber number with the refused
/// categories as a bit set; withdrawing every category deletes the row (issue #10 part 5).
/// </summary>
public sealed class RefusalRecord
{
    /// <summary>The subscriber's E.164 value.</summary>
    public long Subscriber { get; set; }

    public MarketingCategories Categories { get; set; }

    /// <summary>How the last change came in: <c>sms</c>, <c>web</c> or <c>api</c>.</summary>
    public required string Channel { get; set; }

    /// <summary>For a change through the API: the key that made it (<c>key:#12</c>).</summary>
    public string? ChangedBy { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: one more on every change, so two changes at once cannot both win.</summary>
    public long Version { get; set; }
}
