using System.Numerics;
using System.Runtime.CompilerServices;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// A decimal block of 10^4 numbers (a 号段 block such as 139 1234 xxxx) that is dense enough for a bitmap.
/// The bitmap is cut into lines of 8 words: one word with the rank of the line's first bit and the
/// state width, then 7 bitmap words, so that the membership bit and its rank come from one cache line.
/// The states follow the lines, packed in rank order.
/// </summary>
internal static class DenseBlock
{
    public const int Size = 10_000;
    private const int BitsPerLine = 7 * 64;
    private const int Lines = (Size + BitsPerLine - 1) / BitsPerLine;
    private const int StatesStart = Lines * 8 * 64;

    /// <summary>Bits a dense block costs whatever it holds, states aside (lines plus the table slot and array header).</summary>
    public const int FixedBits = (Lines * 8 * 64) + (48 * 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGet(ulong[] block, int suffix, out CommunityState state)
    {
        var position = StatePosition(block, suffix, out var width, out var found);
        state = ReadState(block, position, width, found);
        return found;
    }

    /// <summary>Batch step 1: asks for the line group holding the suffix's bit (it may straddle two cache lines).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PrefetchLine(ulong[] block, int suffix)
    {
        var head = suffix / BitsPerLine * 8;
        Bits.Prefetch(block, 64L * head);
        Bits.Prefetch(block, (64L * head) + 511);
    }

    /// <summary>
    /// Step 2: whether the suffix is present and where its state is, from the one line group:
    /// the rank word and the bitmap words, counted without a branch on the position.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long StatePosition(ulong[] block, int suffix, out int width, out bool found)
    {
        var line = suffix / BitsPerLine;
        var bit = suffix - (line * BitsPerLine);
        var head = line * 8;
        var inLine = bit >> 6;
        var inWord = bit & 63;
        found = ((block[head + 1 + inLine] >> inWord) & 1) != 0;

        var rank = (long)(uint)block[head];
        var below = (1UL << inWord) - 1;
        for (var w = 0; w < 7; w++)
        {
            var mask = Bits.Mask(w < inLine) | (below & Bits.Mask(w == inLine));
            rank += BitOperations.PopCount(block[head + 1 + w] & mask);
        }

        width = (int)(block[head] >> 32);
        return StatesStart + (rank * width);
    }

    /// <summary>Step 3: the state at the position (None when the suffix is absent, without a branch on it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CommunityState ReadState(ulong[] block, long position, int width, bool found) =>
        (CommunityState)(Bits.Read(block, position, width) & Bits.Mask(found));

    /// <summary>Encodes sorted, distinct suffixes in [0, 10^4) with their states.</summary>
    public static ulong[] Create(ReadOnlySpan<int> suffixes, ReadOnlySpan<CommunityState> states, int stateBits)
    {
        var block = HugePages.Allocate((int)((StatesStart / 64) + Bits.WordsFor((long)suffixes.Length * stateBits) + 1));
        for (var i = 0; i < suffixes.Length; i++)
        {
            var line = suffixes[i] / BitsPerLine;
            var bit = suffixes[i] - (line * BitsPerLine);
            block[(line * 8) + 1 + (bit >> 6)] |= 1UL << bit;
            Bits.Write(block, StatesStart + ((long)i * stateBits), stateBits, (ulong)states[i]);
        }

        var rank = 0;
        for (var line = 0; line < Lines; line++)
        {
            block[line * 8] = (uint)rank | ((ulong)stateBits << 32);
            for (var w = 1; w < 8; w++)
            {
                rank += BitOperations.PopCount(block[(line * 8) + w]);
            }
        }

        return block;
    }

    public static int StateBits(ulong[] block) => (int)(block[0] >> 32);

    public static int Count(ulong[] block)
    {
        var last = (Lines - 1) * 8;
        var count = (int)(uint)block[last];
        for (var w = 1; w < 8; w++)
        {
            count += BitOperations.PopCount(block[last + w]);
        }

        return count;
    }

    /// <summary>Appends the block's numbers in order; <paramref name="first"/> is the block's first number.</summary>
    public static void CopyTo(ulong[] block, long first, List<long> keys, List<CommunityState> states)
    {
        var width = StateBits(block);
        var rank = 0L;
        for (var line = 0; line < Lines; line++)
        {
            for (var w = 1; w < 8; w++)
            {
                var word = block[(line * 8) + w];
                while (word != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(word);
                    keys.Add(first + (line * BitsPerLine) + ((w - 1) * 64) + bit);
                    states.Add((CommunityState)Bits.Read(block, StatesStart + (rank++ * width), width));
                    word &= word - 1;
                }
            }
        }
    }
}
