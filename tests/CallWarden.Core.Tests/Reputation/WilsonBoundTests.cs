using CallWarden.Core.Reputation;
using CsCheck;

namespace CallWarden.Core.Tests.Reputation;

public sealed class WilsonBoundTests
{
    private const double Z = 1.96;

    private static readonly Gen<double> Weights = Gen.Double[0, 500];

    [Fact]
    public void No_evidence_is_no_confidence()
    {
        Assert.Equal(0, WilsonBound.Lower(0, 0, Z));
    }

    [Fact]
    public void The_textbook_value_for_8_of_10()
    {
        // Wilson 95% interval for 8/10 is [0.490, 0.943].
        Assert.Equal(0.490, WilsonBound.Lower(8, 10, Z), 3);
    }

    [Fact]
    public void All_positive_evidence_of_weight_n_gives_n_over_n_plus_z_squared()
    {
        Gen.Double[0.001, 1000].Sample(n => Assert.Equal(n / (n + (Z * Z)), WilsonBound.Lower(n, n, Z), 9));
    }

    [Fact]
    public void The_bound_never_exceeds_the_observed_share()
    {
        Gen.Select(Weights, Weights).Where((s, l) => s + l > 0).Sample((spam, legitimate) =>
        {
            var bound = WilsonBound.Lower(spam, spam + legitimate, Z);

            Assert.InRange(bound, 0, (spam / (spam + legitimate)) + 1e-12);
        });
    }

    [Fact]
    public void More_positive_evidence_never_lowers_the_bound_and_more_negative_never_raises_it()
    {
        Gen.Select(Weights, Weights, Gen.Double[0, 50]).Sample((spam, legitimate, more) =>
        {
            var bound = WilsonBound.Lower(spam, spam + legitimate, Z);

            Assert.True(WilsonBound.Lower(spam + more, spam + more + legitimate, Z) >= bound - 1e-12);
            Assert.True(WilsonBound.Lower(spam, spam + legitimate + more, Z) <= bound + 1e-12);
        });
    }
}
