namespace CallWarden.Core.Registry;

/// <summary>A subscriber's refusal as the store holds it; <see cref="MarketingCategories.None"/> means withdrawn.</summary>
public readonly record struct RegisteredRefusal(long Subscriber, MarketingCategories Categories);
