namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Numbers added in increasing order with their states, held as 16-bit gaps in chunks (3 bytes a number
/// with its state) rather than 64-bit keys in one array: what the index builder holds while the store's 10^8 refusals
/// stream in by primary key (issue #10 part 8). Read back in order only, by <see cref="Cursor"/>.
/// </summary>
internal sealed class SortedKeyBuffer
{
    /// <summary>The largest chunk: 3 MiB with its states, so growing never copies what was read.</summary>
    private const int MaxChunk = 1 << 20;

    /// <summary>Per chunk, the gap from the previous number; 0 (never a real gap) means the number is the next of <see cref="_restarts"/>.</summary>
    private readonly List<ushort[]> _gaps = [];
    private readonly List<CommunityState[]> _states = [];
    private readonly List<long> _restarts = [];
    private int _inLast;
    private int _allStates;

    /// <param name="capacity">A hint for the first chunk; past it the buffer grows by chunks, without copying.</param>
    public SortedKeyBuffer(int capacity)
    {
        var first = Math.Clamp(capacity, 16, MaxChunk);
        _gaps.Add(new ushort[first]);
        _states.Add(new CommunityState[first]);
    }

    public int Count { get; private set; }

    public long First { get; private set; }

    public long Last { get; private set; }

    /// <summary>The bits every state needs together.</summary>
    public int StateWidth => Bits.StateWidth(_allStates);

    /// <summary>Adds a number above the last one.</summary>
    public void Add(long key, CommunityState state)
    {
        if (_inLast == _gaps[^1].Length)
        {
            var size = Math.Min(MaxChunk, Math.Max(_gaps[^1].Length, Count / 2));
            _gaps.Add(new ushort[size]);
            _states.Add(new CommunityState[size]);
            _inLast = 0;
        }

        var gap = key - Last;
        if (Count == 0 || gap > ushort.MaxValue)
        {
            _restarts.Add(key);
            gap = 0;
        }

        First = Count == 0 ? key : First;
        _gaps[^1][_inLast] = (ushort)gap;
        _states[^1][_inLast++] = state;
        _allStates |= (int)state;
        Count++;
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
        private int _read;
        private int _chunk;
        private int _inChunk;
        private int _restart;

        public long Key { get; private set; }

        public CommunityState State { get; private set; }

        public bool MoveNext()
        {
            if (_read == buffer.Count)
            {
                return false;
            }

            if (_inChunk == buffer._gaps[_chunk].Length)
            {
                _chunk++;
                _inChunk = 0;
            }

            var gap = buffer._gaps[_chunk][_inChunk];
            Key = gap == 0 ? buffer._restarts[_restart++] : Key + gap;
            State = buffer._states[_chunk][_inChunk++];
            _read++;
            return true;
        }
    }
}
