using CallWarden.Core.Screening.Index;
using CsCheck;

namespace CallWarden.Core.Tests.Screening.Index;

public sealed class BitsTests
{
    private static readonly Gen<ulong[]> Words = Gen.ULong.Array[4, 40].Select(words => words.Append(0UL).Append(0UL).ToArray());

    private static bool BitAt(ulong[] words, long position) => ((words[position >> 6] >> (int)(position & 63)) & 1) != 0;

    [Fact]
    public void Window128_is_the_128_bits_from_the_position()
    {
        Gen.Select(Words, Gen.Int[0, 127]).Sample((words, offset) =>
        {
            var position = Math.Min(offset + (64L * (words.Length - 5)), (64L * (words.Length - 2)) - 1);
            Bits.Window128(words, position, out var low, out var high);
            for (var i = 0; i < 128; i++)
            {
                var bit = i < 64 ? (low >> i) & 1 : (high >> (i - 64)) & 1;
                Assert.Equal(BitAt(words, position + i), bit == 1);
            }
        });
    }

    [Fact]
    public void Select_and_SelectZero_find_the_kth_bit()
    {
        Gen.Select(Gen.ULong, Gen.Int[0, 63]).Sample((word, k) =>
        {
            var set = Enumerable.Range(0, 64).Where(i => ((word >> i) & 1) == 1).ToArray();
            if (k < set.Length)
            {
                Assert.Equal(set[k], Bits.Select(word, k));
            }
        });

        Gen.Select(Words, Gen.Int[0, 200]).Sample((words, k) =>
        {
            var zeros = Enumerable.Range(0, 64 * (words.Length - 2)).Where(i => !BitAt(words, i)).ToArray();
            if (k < zeros.Length)
            {
                Assert.Equal(zeros[k], Bits.SelectZero(words, 0, k));
            }
        });
    }

    [Fact]
    public void A_written_field_reads_back_and_leaves_its_neighbours()
    {
        Gen.Select(Gen.Int[0, 400], Gen.Int[1, 57], Gen.ULong).Sample((position, width, value) =>
        {
            var words = new ulong[10];
            var field = value & ((1UL << width) - 1);
            Bits.Write(words, position, width, field);

            Assert.Equal(field, Bits.Read(words, position, width));
            for (var bit = 0; bit < 64 * words.Length; bit++)
            {
                var inField = bit >= position && bit < position + width;
                Assert.True(inField || !BitAt(words, bit), $"bit {bit} set outside the field");
            }
        });
    }

    [Theory]
    [InlineData(true, ulong.MaxValue)]
    [InlineData(false, 0UL)]
    public void Mask_is_all_ones_or_nothing(bool condition, ulong mask) => Assert.Equal(mask, Bits.Mask(condition));
}
