namespace CallWarden.Core.Registry;

/// <summary>An approved number of a business as screening reads it; <c>default</c> means the number is no business line.</summary>
/// <param name="BusinessId">The business, the key of its name and of its complaints.</param>
/// <param name="Categories">For a marketing line, what it markets (<see cref="MarketingCategories.Other"/> when it named nothing).</param>
public readonly record struct BusinessLine(int BusinessId, BusinessLineKind Kind, MarketingCategories Categories, BusinessName? Name)
{
    public bool IsCustomerService => Kind == BusinessLineKind.CustomerService;

    public bool IsMarketing => Kind == BusinessLineKind.Marketing;
}
