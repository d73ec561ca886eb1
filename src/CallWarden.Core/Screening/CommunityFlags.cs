namespace CallWarden.Core.Screening;

/// <summary>What the community and the carriers established about a number.</summary>
/// <remarks>
/// The first six bits have the values of the community index's state flags, so a snapshot adapter
/// converts with a cast.
/// </remarks>
[Flags]
public enum CommunityFlags : byte
{
    None = 0,

    /// <summary>The community reputation reached the labelling threshold.</summary>
    Labelled = 1,

    /// <summary>The holder appealed: labelled at most, never blocked on the community's word, until decided.</summary>
    Disputed = 2,

    /// <summary>The carrier restricted outbound calls (restrict_outbound), until <see cref="CommunityFacts.EnforcedUntil"/>.</summary>
    Restricted = 4,

    /// <summary>The carrier suspended outbound calls (suspend_outbound, reclaim_number).</summary>
    Suspended = 8,

    /// <summary>A verified business line, shown with its owner.</summary>
    VerifiedBusiness = 16,

    /// <summary>
    /// Reserved for a registered marketing line; nothing sets it and the engine no longer reads it: marketing
    /// lines and refusals live in the <see cref="Registry.RegistrySnapshot"/> (issue #10 parts 5 and 6).
    /// </summary>
    RegisteredMarketing = 32,

    /// <summary>Its evidence looks manipulated; an analyst decides, nothing is raised meanwhile.</summary>
    UnderReview = 64,
}
