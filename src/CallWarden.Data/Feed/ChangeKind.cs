namespace CallWarden.Data.Feed;

/// <summary>What changed; each kind is something the screening snapshot follows.</summary>
public enum ChangeKind
{
    Reputation,
    Enforcement,
    Registry,
    Rules,
}
