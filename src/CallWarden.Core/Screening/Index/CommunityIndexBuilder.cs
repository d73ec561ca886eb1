namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Collects (number, state) pairs in any order, the way a full scan of the store yields them, and
/// builds a <see cref="CommunityIndex"/>. A number added twice keeps its last state; a number whose
/// last state is <see cref="CommunityState.None"/> is left out.
/// </summary>
/// <remarks>
/// A scan ordered by number (the store's primary key) is the common case at 10^8 numbers, so the
/// builder notices it and then neither sorts nor copies: with a <c>capacity</c> from a count it
/// holds 9 bytes a number while building and nothing else (issue #10 part 8).
/// </remarks>
public sealed class CommunityIndexBuilder
{
    private long[] _keys;
    private CommunityState[] _states;
    private bool _increasing = true;

    public CommunityIndexBuilder(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _keys = capacity == 0 ? [] : new long[capacity];
        _states = capacity == 0 ? [] : new CommunityState[capacity];
    }

    public int Count { get; private set; }

    /// <exception cref="ArgumentOutOfRangeException">The number is not a positive E.164 value.</exception>
    public CommunityIndexBuilder Add(long e164, CommunityState state)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(e164);
        if (Count == _keys.Length)
        {
            var grown = Math.Max(16, _keys.Length + (_keys.Length / 2));
            Array.Resize(ref _keys, grown);
            Array.Resize(ref _states, grown);
        }

        _increasing &= Count == 0 || e164 > _keys[Count - 1];
        _keys[Count] = e164;
        _states[Count++] = state;
        return this;
    }

    public CommunityIndex Build()
    {
        if (_increasing)
        {
            // Sorted and distinct already: drop the removals in place and lay the index out from the buffer itself.
            var kept = 0;
            for (var i = 0; i < Count; i++)
            {
                if (_states[i] != CommunityState.None)
                {
                    _keys[kept] = _keys[i];
                    _states[kept++] = _states[i];
                }
            }

            return IndexLayout.Build(_keys.AsSpan(0, kept), _states.AsSpan(0, kept));
        }

        var keys = _keys[..Count];
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var states = _states;
        var (sortedKeys, sortedStates) = LastWinsSort.Apply(keys, order, i => states[i]);
        var left = 0;
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            if (sortedStates[i] != CommunityState.None)
            {
                sortedKeys[left] = sortedKeys[i];
                sortedStates[left++] = sortedStates[i];
            }
        }

        return IndexLayout.Build(sortedKeys.AsSpan(0, left), sortedStates.AsSpan(0, left));
    }
}
