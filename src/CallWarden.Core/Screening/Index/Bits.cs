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
