namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Collects (number, state) pairs in any order, the way a full scan of the store yields them, and
/// builds a <see cref="CommunityIndex"/>. A number added twice keeps its last state; a number whose
/// last state is <see cref="CommunityState.None"/> is left out.
/// </summary>
public sealed class CommunityIndexBuilder
{
    private readonly List<long> _keys;
    private readonly List<CommunityState> _states;

    public CommunityIndexBuilder(int capacity = 0)
    {
        _keys = new List<long>(capacity);
        _states = new List<CommunityState>(capacity);
    }

    public int Count => _keys.Count;

    /// <exception cref="ArgumentOutOfRangeException">The number is not a positive E.164 value.</exception>
    public CommunityIndexBuilder Add(long e164, CommunityState state)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(e164);
        _keys.Add(e164);
        _states.Add(state);
        return this;
    }

    public CommunityIndex Build()
    {
        var keys = _keys.ToArray();
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var (sortedKeys, sortedStates) = LastWinsSort.Apply(keys, order, i => _states[i]);
        var kept = 0;
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            if (sortedStates[i] != CommunityState.None)
            {
                sortedKeys[kept] = sortedKeys[i];
                sortedStates[kept++] = sortedStates[i];
            }
        }

        return IndexLayout.Build(sortedKeys.AsSpan(0, kept), sortedStates.AsSpan(0, kept));
    }
}
