using CallWarden.Core.Numbers;

namespace CallWarden.Core.Cases;

/// <summary>Who makes a transition. A carrier operator also names their carrier.</summary>
public sealed record Actor(string Id, ActorRole Role, Carrier Carrier = Carrier.Unknown)
{
    public static readonly Actor System = new("system", ActorRole.System);
}
