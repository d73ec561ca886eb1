namespace CallWarden.Core.Screening.Index;

/// <summary>
/// What the community knows about a number, as flags the screening engine reads. <see cref="None"/>
/// means "nothing known": the index never stores it, so setting a number to <see cref="None"/> removes it.
/// </summary>
/// <remarks>
/// The index stores each state in as few bits as the highest flag in use needs, so the four states
/// that change most often (reputation and carrier enforcement) sit in the low nibble: a snapshot
/// holding only those costs 4 bits per number; registries add one bit each.
/// </remarks>
[Flags]
public enum CommunityState : byte
{
    None = 0,

    /// <summary>Community reputation crossed the labelling threshold.</summary>
    Labelled = 1,

    /// <summary>The holder appealed the label: label only, never hard-block, until decided.</summary>
    Disputed = 2,

    /// <summary>The carrier restricted outbound calls (restrict_outbound, until its end).</summary>
    Restricted = 4,

    /// <summary>The carrier suspended outbound calls.</summary>
    Suspended = 8,

    /// <summary>A verified business line: reports against it go to review.</summary>
    VerifiedBusiness = 16,

    /// <summary>Reserved for a registered marketing line; the registries live in their own index now (<see cref="Registry.RegistrySnapshot"/>).</summary>
    RegisteredMarketing = 32,
}
