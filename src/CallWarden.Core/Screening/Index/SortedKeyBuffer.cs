namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Numbers added in increasing order with their states, held as 16-bit gaps (3 bytes a number with
/// its state) rather than 64-bit keys: what the index builder holds while the store's 10^8 refusals
/// stream in by primary key (issue #10 part 8). Read back in order only, by <see cref="Cursor"/>.
/// </summary>
internal sealed class SortedKeyBuffer
{
    /// <summary>The gap from the previous number; 0 (never a real gap) means the number is the next of <see cref="_restarts"/>.</summary>
    private ushort[] _gaps;
    private CommunityState[] _states;
    private readonly List<long> _restarts = [];
    private int _allStates;

    public SortedKeyBuffer(int capacity)
    {
        _gaps = new ushort[capacity];
        _states = new CommunityState[capacity];
    }

    public int Count { get; private set; }

    public long First { get; private set; }

    public long Last { get; private set; }

    /// <summary>The bits every state needs together.</summary>
    public int StateWidth => Bits.StateWidth(_allStates);

    /// <summary>The memory held, for the builder's own accounting in tests and benches.</summary>
    public long SizeInBytes => (3L * _gaps.Length) + (8L * _restarts.Count);

    /// <summary>Adds a number above the last one.</summary>
    public void Add(long key, CommunityState state)
    {
        if (Count == _gaps.Length)
        {
            var grown = Math.Max(16, Count + (Count / 2));
            Array.Resize(ref _gaps, grown);
            Array.Resize(ref _states, grown);
        }

        var gap = key - Last;
        if (Count == 0 || gap > ushort.MaxValue)
        {
            _restarts.Add(key);
            gap = 0;
        }

        First = Count == 0 ? key : First;
        _gaps[Count] = (ushort)gap;
        _states[Count++] = state;
        _allStates |= (int)state;
        Last = key;
    }

    public Cursor Read() => new(this);

    /// <summary>Every number and state, in order, into arrays of <see cref="Count"/>.</summary>
    public void CopyTo(Span<long> keys, Span<CommunityState> states)
    {
        var cursor = Read();
        for (var i = 0; cursor.MoveNext(); i++)
        {
            keys[i] = cursor.Key;
            states[i] = cursor.State;
        }
    }

    /// <summary>Reads the numbers back in order.</summary>
    internal struct Cursor(SortedKeyBuffer buffer)
    {
        private int _next;
        private int _restart;

        public long Key { get; private set; }

        public CommunityState State { get; private set; }

        public bool MoveNext()
        {
            if (_next == buffer.Count)
            {
                return false;
            }

            var gap = buffer._gaps[_next];
            Key = gap == 0 ? buffer._restarts[_restart++] : Key + gap;
            State = buffer._states[_next++];
            return true;
        }
    }
}
