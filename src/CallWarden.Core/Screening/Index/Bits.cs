using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Bit-level reads and writes on word arrays. Every array read here carries one spare word at its
/// end, which is what lets a read of a field or a 64-bit window skip the bounds checks.
/// </summary>
internal static class Bits
{
    /// <summary>Reads a field of <paramref name="width"/> ≤ 57 bits starting at bit <paramref name="position"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read(ulong[] words, long position, int width)
    {
        ref var start = ref Unsafe.As<ulong, byte>(ref MemoryMarshal.GetArrayDataReference(words));
        var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, (nint)(position >> 3)));
        return (word >> (int)(position & 7)) & ((1UL << width) - 1);
    }

    /// <summary>The 64 bits starting at bit <paramref name="position"/>, lowest bit first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Window(ulong[] words, long position)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(words), (nint)(position >> 6));
        var shift = (int)(position & 63);
        // (next << 1) << (63 - shift) is next << (64 - shift) without the shift-by-64 that C# masks to 0.
        return (first >> shift) | ((Unsafe.Add(ref first, 1) << 1) << (63 - shift));
    }

    /// <summary>The 128 bits starting at bit <paramref name="position"/>, from three aligned words.</summary>
    /// <remarks>
    /// Measured on this project's machine: one unaligned 16-byte vector load here made a batch of
    /// lookups twice as slow as plain 8-byte loads, once many of them were waiting on memory at once.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Window128(ulong[] words, long position, out ulong low, out ulong high)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(words), (nint)(position >> 6));
        var shift = (int)(position & 63);
        var w0 = first;
        var w1 = Unsafe.Add(ref first, 1);
        var w2 = Unsafe.Add(ref first, 2);
        low = (w0 >> shift) | ((w1 << 1) << (63 - shift));
        high = (w1 >> shift) | ((w2 << 1) << (63 - shift));
    }

    /// <summary>Position of the <paramref name="k"/>-th (0-based) set bit of <paramref name="word"/>, which has more than k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Select(ulong word, int k)
    {
        if (Bmi2.X64.IsSupported)
        {
            return BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << k, word));
        }

        for (var i = 0; i < k; i++)
        {
            word &= word - 1;
        }

        return BitOperations.TrailingZeroCount(word);
    }

    /// <summary>Position of the <paramref name="k"/>-th (0-based) zero bit at or after <paramref name="from"/>.</summary>
    public static long SelectZero(ulong[] words, long from, int k)
    {
        while (true)
        {
            var zeros = ~Window(words, from);
            var count = BitOperations.PopCount(zeros);
            if (k < count)
            {
                return from + Select(zeros, k);
            }

            from += 64;
            k -= count;
        }
    }

    /// <summary>
    /// Asks for the cache line holding bit <paramref name="position"/> without waiting for it. A
    /// prefetch retires at once, unlike a load, so a batch can have many lines on the way while it
    /// works on others. Harmless if the GC moves the array meanwhile: the line is just not used.
    /// A position outside the array prefetches its first or last word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(ulong[] words, long position)
    {
        if (Sse.IsSupported)
        {
            // Clamped so that the reference never leaves the array, even for a guessed position.
            var word = Math.Clamp(position >> 6, 0, words.Length - 1);
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(words), (nint)word)));
        }
    }

    /// <summary>All ones when true, zero when false: for selecting without a branch the JIT might emit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mask(bool condition) => (ulong)-(long)Unsafe.As<bool, byte>(ref condition);

    public static void Write(ulong[] words, long position, int width, ulong value)
    {
        var index = (int)(position >> 6);
        var shift = (int)(position & 63);
        words[index] |= value << shift;
        if (shift + width > 64)
        {
            words[index + 1] |= value >> (64 - shift);
        }
    }

    public static void Set(ulong[] words, long position) => words[position >> 6] |= 1UL << (int)(position & 63);

    /// <summary>Bits needed to hold every state up to the highest flag set in <paramref name="states"/>.</summary>
    public static int StateWidth(int orOfStates) => Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)orOfStates));

    public static int WordsFor(long bits) => (int)((bits + 63) >> 6);
}
