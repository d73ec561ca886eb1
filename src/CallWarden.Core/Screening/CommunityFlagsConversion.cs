using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Screening;

/// <summary>
/// The community index stores a number's state in a few bits (<see cref="CommunityState"/>); the
/// engine reads <see cref="CommunityFlags"/>, which add what only the facts table holds (under review).
/// The shared flags have the same values, so the conversion is a mask, kept here in one place.
/// </summary>
public static class CommunityFlagsConversion
{
    /// <summary>The flags the index stores: every <see cref="CommunityState"/> value.</summary>
    private const byte IndexedFlags = 0x3F;

    public static CommunityFlags ToFlags(this CommunityState state) => (CommunityFlags)state;

    public static CommunityState ToIndexState(this CommunityFlags flags) => (CommunityState)((byte)flags & IndexedFlags);
}
