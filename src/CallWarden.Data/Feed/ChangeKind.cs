namespace CallWarden.Data.Feed;

/// <summary>What changed; each kind is something the screening snapshot follows.</summary>
public enum ChangeKind
{
    Reputation,
    Enforcement,
    Registry,
    Rules,

    /// <summary>A subscriber's refused categories changed; the number is the subscriber.</summary>
    Refusal,

    /// <summary>A number entered or left the business registry, or its kind or categories changed; the number is the line.</summary>
    BusinessLine,

    /// <summary>A business's name changed or it left the registry; the number is the business's id.</summary>
    Business,
}
