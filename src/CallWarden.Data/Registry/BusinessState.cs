namespace CallWarden.Data.Registry;

/// <summary>Where a business's application stands; only an approved business's numbers are in the registry.</summary>
public enum BusinessState
{
    Applied,
    Approved,
    Refused,
}
