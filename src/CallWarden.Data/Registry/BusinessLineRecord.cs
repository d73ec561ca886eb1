using CallWarden.Core.Registry;

namespace CallWarden.Data.Registry;

/// <summary>A number a business declared, and what for.</summary>
public sealed class BusinessLineRecord
{
    public long Id { get; set; }

    public int BusinessId { get; set; }

    /// <summary>The line's E.164 value.</summary>
    public long Number { get; set; }

    public BusinessLineKind Kind { get; set; }

    /// <summary>For a marketing line, what it markets; <see cref="MarketingCategories.Other"/> when it named nothing.</summary>
    public MarketingCategories Categories { get; set; }
}
