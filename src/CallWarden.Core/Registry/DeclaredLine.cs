namespace CallWarden.Core.Registry;

/// <summary>A number as a business declares it in its application: as typed, what for, and for marketing what it markets.</summary>
public sealed record DeclaredLine(string? Number, BusinessLineKind Kind, MarketingCategories Categories);
