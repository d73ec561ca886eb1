namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Collects (number, state) pairs in any order, the way a full scan of the store yields them, and
/// builds a <see cref="CommunityIndex"/>. A number added twice keeps its last state; a number whose
/// last state is <see cref="CommunityState.None"/> is left out.
/// </summary>
/// <remarks>
/// A scan ordered by number (the store's primary key) is the common case at 10^8 numbers, so the
/// builder holds numbers in increasing order as 16-bit gaps (<see cref="SortedKeyBuffer"/>, 3 bytes a
/// number with its state) and lays a region without dense blocks out from them a segment at a time;
/// only the first number out of order turns the buffer into arrays to sort (issue #10 part 8).
/// </remarks>
public sealed class CommunityIndexBuilder
{
    private SortedKeyBuffer? _sorted;
    private long[] _keys = [];
    private CommunityState[] _states = [];
    private int _unsorted;

    public CommunityIndexBuilder(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _sorted = new SortedKeyBuffer(capacity);
    }

    public int Count => _sorted?.Count ?? _unsorted;

    /// <exception cref="ArgumentOutOfRangeException">The number is not a positive E.164 value.</exception>
    public CommunityIndexBuilder Add(long e164, CommunityState state)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(e164);
        if (_sorted is { } sorted)
        {
            if (sorted.Count == 0 || e164 > sorted.Last)
            {
                // In increasing order every number comes once, so a removal is simply not kept.
                if (state != CommunityState.None)
                {
                    sorted.Add(e164, state);
                }

                return this;
            }

            _keys = new long[Math.Max(16, sorted.Count * 2)];
            _states = new CommunityState[_keys.Length];
            sorted.CopyTo(_keys, _states);
            _unsorted = sorted.Count;
            _sorted = null;
        }

        if (_unsorted == _keys.Length)
        {
            var grown = Math.Max(16, _keys.Length + (_keys.Length / 2));
            Array.Resize(ref _keys, grown);
            Array.Resize(ref _states, grown);
        }

        _keys[_unsorted] = e164;
        _states[_unsorted++] = state;
        return this;
    }

    public CommunityIndex Build()
    {
        if (_sorted is { } sorted)
        {
            return IndexLayout.Build(sorted);
        }

        var keys = _keys[.._unsorted];
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var states = _states;
        var (sortedKeys, sortedStates) = LastWinsSort.Apply(keys, order, i => states[i]);
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
