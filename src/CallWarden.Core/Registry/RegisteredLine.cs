namespace CallWarden.Core.Registry;

/// <summary>An approved business number as the store holds it; <see cref="BusinessLineKind.None"/> means it left the registry.</summary>
public readonly record struct RegisteredLine(long Number, int BusinessId, BusinessLineKind Kind, MarketingCategories Categories);
