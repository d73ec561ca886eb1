using System.Numerics;
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
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (id, block) in blocks)
        {
            Insert(id, block);
            Account(block, +1);
        }

        HugePages.Collapse(blocks.Values);
    }

    private DenseBlockTable(DenseBlockTable from)
    {
        _ids = (long[])from._ids.Clone();
        _blocks = (ulong[]?[])from._blocks.Clone();
        _shift = from._shift;
        Count = from.Count;
        Entries = from.Entries;
        StateBits = from.StateBits;
        BlockBytes = from.BlockBytes;
    }

    public int Count { get; private set; }

    /// <summary>Numbers held by all blocks.</summary>
    public long Entries { get; private set; }

    public long StateBits { get; private set; }

    private long BlockBytes { get; set; }

    public long SizeInBytes => 48 + (_ids.Length * 16L) + BlockBytes;

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

    /// <summary>The slot holding the block, or -1: a number a batch can keep on the stack, unlike the block itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindSlot(long id)
    {
        var mask = _ids.Length - 1;
        var slot = Slot(id);
        while (true)
        {
            if (_blocks[slot] is null)
            {
                return -1;
            }

            if (_ids[slot] == id)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    public ulong[] BlockAt(int slot) => _blocks[slot]!;

    /// <summary>
    /// A new table with blocks replaced, added or (null) removed; this one is unchanged. It copies
    /// the two slot arrays rather than rehashing every block, unless it must grow.
    /// </summary>
    public DenseBlockTable With(IReadOnlyDictionary<long, ulong[]?> changes)
    {
        var added = changes.Count(change => change.Value is not null && Find(change.Key) is null);
        if ((Count + added) * 2 > _ids.Length)
        {
            var all = ToDictionary();
            foreach (var (id, block) in changes)
            {
                if (block is null)
                {
                    all.Remove(id);
                }
                else
                {
                    all[id] = block;
                }
            }

            return all.Count == 0 ? Empty : new DenseBlockTable(all);
        }

        var table = new DenseBlockTable(this);
        foreach (var (id, block) in changes)
        {
            if (table.Remove(id) is { } old)
            {
                table.Account(old, -1);
            }

            if (block is not null)
            {
                table.Insert(id, block);
                table.Account(block, +1);
            }
        }

        return table;
    }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long id) => (int)(((ulong)id * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Insert(long id, ulong[] block)
    {
        var slot = Slot(id);
        while (_blocks[slot] is not null)
        {
            slot = (slot + 1) & (_ids.Length - 1);
        }

        _ids[slot] = id;
        _blocks[slot] = block;
        Count++;
    }

    /// <summary>Removes a block by shifting back the entries after it, so that probing needs no tombstones.</summary>
    private ulong[]? Remove(long id)
    {
        var mask = _ids.Length - 1;
        var slot = Slot(id);
        while (_blocks[slot] is { } found)
        {
            if (_ids[slot] == id)
            {
                var hole = slot;
                for (var next = (hole + 1) & mask; _blocks[next] is not null; next = (next + 1) & mask)
                {
                    // An entry may fill the hole only if its home slot is not in (hole, next].
                    var home = Slot(_ids[next]);
                    if (((next - home) & mask) >= ((next - hole) & mask))
                    {
                        _ids[hole] = _ids[next];
                        _blocks[hole] = _blocks[next];
                        hole = next;
                    }
                }

                _ids[hole] = 0;
                _blocks[hole] = null;
                Count--;
                return found;
            }

            slot = (slot + 1) & mask;
        }

        return null;
    }

    private void Account(ulong[] block, int sign)
    {
        var count = DenseBlock.Count(block);
        Entries += sign * count;
        StateBits += sign * (long)count * DenseBlock.StateBits(block);
        BlockBytes += sign * ((block.Length * 8L) + 24);
    }
}
