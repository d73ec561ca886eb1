using CallWarden.Core.Screening.Index;

namespace CallWarden.Core.Tests.Screening.Index;

/// <summary>
/// Correctness and memory at 10^6 numbers of both shapes. Memory is deterministic, so it is asserted;
/// time is measured in bench/ (ADR-001 has the figures).
/// </summary>
public sealed class CommunityIndexScaleTests
{
    private const int Count = 1_000_000;

    [Fact]
    public void A_million_uniform_numbers_fit_in_11_tenths_of_the_information_bound()
    {
        var keys = SyntheticNumbers.Uniform(Count, seed: 11);
        var index = BuildAndVerify(keys, seed: 12);

        var keyBits = KeyBitsPerNumber(index);
        var bound = InformationBound(100_000_000_000, Count);
        Assert.True(keyBits <= 1.1 * bound, $"{keyBits:F2} bits per number for the keys, bound {bound:F2}");
        Assert.True(BitsPerNumber(index) <= (1.1 * bound) + 4, $"{BitsPerNumber(index):F2} bits per number with the state");
    }

    [Fact]
    public void A_million_clustered_numbers_take_under_8_bits_each_with_their_state()
    {
        var keys = SyntheticNumbers.Clustered(Count, seed: 21);
        var index = BuildAndVerify(keys, seed: 22);

        Assert.True(index.Dense.Entries > Count * 0.99);
        Assert.True(KeyBitsPerNumber(index) <= 3, $"{KeyBitsPerNumber(index):F2} bits per number for the keys");
        Assert.True(BitsPerNumber(index) <= 8, $"{BitsPerNumber(index):F2} bits per number with the state");
    }

    private static CommunityIndex BuildAndVerify(long[] keys, int seed)
    {
        var builder = new CommunityIndexBuilder(keys.Length);
        foreach (var key in keys)
        {
            builder.Add(key, SyntheticNumbers.StateFor(key));
        }

        var index = builder.Build();
        Assert.Equal(keys.Length, index.Count);
        foreach (var key in keys)
        {
            if (!index.TryGet(key, out var state) || state != SyntheticNumbers.StateFor(key))
            {
                Assert.Fail($"{key} lost or wrong");
            }
        }

        var members = keys.ToHashSet();
        var random = new Random(seed);
        var probes = new long[200_000];
        for (var i = 0; i < probes.Length; i++)
        {
            probes[i] = keys[random.Next(keys.Length)] + random.Next(-50, 50);
            Assert.Equal(members.Contains(probes[i]), index.TryGet(probes[i], out _));
        }

        var states = new CommunityState[probes.Length];
        Assert.Equal(probes.Count(members.Contains), index.TryGetMany(probes, states));
        for (var i = 0; i < probes.Length; i++)
        {
            if (states[i] != (members.Contains(probes[i]) ? SyntheticNumbers.StateFor(probes[i]) : CommunityState.None))
            {
                Assert.Fail($"TryGetMany {probes[i]}: {states[i]}");
            }
        }

        return index;
    }

    private static double BitsPerNumber(CommunityIndex index) => index.SizeInBytes * 8.0 / index.Count;

    private static double KeyBitsPerNumber(CommunityIndex index) => ((index.SizeInBytes * 8.0) - index.StateBits) / index.Count;

    /// <summary>log2 C(universe, n) / n, through the log-gamma of Stirling's series.</summary>
    private static double InformationBound(double universe, double n) =>
        (LogFactorial(universe) - LogFactorial(n) - LogFactorial(universe - n)) / Math.Log(2) / n;

    private static double LogFactorial(double x) => x < 1 ? 0 : (x * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI * x)) + (1 / (12 * x));
}
