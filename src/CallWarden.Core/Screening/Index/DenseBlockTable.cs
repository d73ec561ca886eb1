using System.Runtime.CompilerServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// The dense blocks by block number (E.164 / 10^4), in an open-addressing table at most half full.
/// It is small (a slot per ~5,000 numbers), so a probe stays in the nearer caches.
/// </summary>
internal sealed class DenseBlockTable
{
    public static readonly DenseBlockTable Empty = new(new Dictionary<long, ulong[]>());

    private readonly long[] _ids;
    private readonly ulong[]?[] _blocks;
    private readonly int _shift;

    public DenseBlockTable(IReadOnlyDictionary<long, ulong[]> blocks)
    {
        var capacity = 2;
        while (capacity < blocks.Count * 2)
        {
            capacity *= 2;
        }

        _ids = new long[capacity];
        _blocks = new ulong[]?[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (id, block) in blocks)
        {
            var slot = Slot(id);
            while (_blocks[slot] is not null)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _ids[slot] = id;
            _blocks[slot] = block;
            SizeInBytes += block.Length * 8L;
            var count = DenseBlock.Count(block);
            Entries += count;
            StateBits += (long)count * DenseBlock.StateBits(block);
        }

        Count = blocks.Count;
        SizeInBytes += 48 + (capacity * 16L) + (blocks.Count * 24L);
    }

    public int Count { get; }

    /// <summary>Numbers held by all blocks.</summary>
    public long Entries { get; }

    public long StateBits { get; }

    public long SizeInBytes { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong[]? Find(long id)
    {
        var mask = _ids.Length - 1;
        var slot = Slot(id);
        while (true)
        {
            var block = _blocks[slot];
            if (block is null || _ids[slot] == id)
            {
                return block;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long id) => (int)(((ulong)id * 0x9E3779B97F4A7C15UL) >> _shift);

    public Dictionary<long, ulong[]> ToDictionary()
    {
        var all = new Dictionary<long, ulong[]>(Count);
        for (var slot = 0; slot < _ids.Length; slot++)
        {
            if (_blocks[slot] is { } block)
            {
                all.Add(_ids[slot], block);
            }
        }

        return all;
    }
}
