namespace CallWarden.Data.Stats;

/// <summary>Reports counted per China day, channel, category, carrier and province, kept up to date by intake.</summary>
public sealed class DailyRollup
{
    public DateOnly Day { get; set; }

    public required string Channel { get; set; }

    public required string Category { get; set; }

    /// <summary>The carrier code of the reported number (<c>unknown</c> when nobody knows).</summary>
    public required string Carrier { get; set; }

    /// <summary>ISO 3166-2:CN code, or empty when the number has no province.</summary>
    public required string Province { get; set; }

    public long Count { get; set; }
}
