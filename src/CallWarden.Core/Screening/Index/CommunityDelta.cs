namespace CallWarden.Core.Screening.Index;

/// <summary>
/// One change from the change feed: the number's new state, or <see cref="CommunityState.None"/>
/// when it no longer has one (it is removed from the index).
/// </summary>
public readonly record struct CommunityDelta(long E164, CommunityState State);
