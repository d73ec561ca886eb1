namespace CallWarden.Core.Screening.Index;

/// <summary>
/// The one place the current <see cref="CommunityIndex"/> lives. Readers take <see cref="Current"/>
/// once per decision and never lock; the feed follower swaps a whole new snapshot in, so a reader
/// sees either the old snapshot or the new one, never a mix.
/// </summary>
public sealed class CommunitySnapshotHolder(CommunityIndex initial)
{
    private CommunityIndex _current = initial;

    public CommunityIndex Current => Volatile.Read(ref _current);

    /// <summary>Publishes <paramref name="next"/> and returns the snapshot it replaced.</summary>
    public CommunityIndex Swap(CommunityIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Interlocked.Exchange(ref _current, next);
    }

    /// <summary>
    /// Applies deltas to the current snapshot and publishes the result. Safe with several writers:
    /// a writer that lost a race applies its deltas again to the snapshot that won.
    /// </summary>
    public CommunityIndex Apply(IReadOnlyList<CommunityDelta> deltas)
    {
        while (true)
        {
            var current = Current;
            var next = current.Apply(deltas);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, next, current), current))
            {
                return next;
            }
        }
    }
}
