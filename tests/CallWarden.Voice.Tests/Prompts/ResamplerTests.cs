using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.Tests.Prompts;

/// <summary>The low-pass before decimation, measured: the telephone band passes, what would alias is gone.</summary>
public sealed class ResamplerTests
{
    private static short[] Sine(double frequency, int rate, double seconds, double amplitude = 16000) =>
        [.. Enumerable.Range(0, (int)(rate * seconds)).Select(n => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * frequency * n / rate)))];

    /// <summary>RMS of the middle half, away from the filter's start and end.</summary>
    private static double Rms(short[] samples)
    {
        var middle = samples.AsSpan(samples.Length / 4, samples.Length / 2);
        double sum = 0;
        foreach (var s in middle)
        {
            sum += (double)s * s;
        }

        return Math.Sqrt(sum / middle.Length);
    }

    private static double GainDb(double frequency, int rate)
    {
        var input = Sine(frequency, rate, 1);
        return 20 * Math.Log10(Rms(Resampler.Resample(input, rate, 8000)) / Rms(input));
    }

    [Theory]
    [InlineData(300, 22050)]
    [InlineData(1000, 22050)]
    [InlineData(2500, 22050)]
    [InlineData(3000, 22050)]
    [InlineData(1000, 16000)]
    [InlineData(1000, 44100)]
    public void The_telephone_band_passes_within_a_tenth_of_a_decibel(double frequency, int rate) =>
        Assert.InRange(GainDb(frequency, rate), -0.1, 0.1);

    [Fact]
    public void The_band_edge_at_3400_hz_passes_within_half_a_decibel() => Assert.InRange(GainDb(3400, 22050), -0.5, 0.1);

    [Theory]
    [InlineData(4000, 22050)]
    [InlineData(4400, 22050)]
    [InlineData(5000, 22050)]
    [InlineData(7000, 22050)]
    [InlineData(10000, 22050)]
    [InlineData(6000, 16000)]
    [InlineData(12000, 44100)]
    public void What_would_fold_back_below_4_khz_is_removed_by_60_db(double frequency, int rate) =>
        Assert.True(GainDb(frequency, rate) < -60, $"{frequency} Hz at {rate} Hz: {GainDb(frequency, rate):F1} dB");

    [Fact]
    public void Length_follows_the_ratio_and_silence_stays_silent()
    {
        var output = Resampler.Resample(new short[22050], 22050, 8000);

        Assert.Equal(8000, output.Length);
        Assert.All(output, s => Assert.Equal(0, s));
    }

    [Theory]
    [InlineData(short.MaxValue)]
    [InlineData(short.MinValue)]
    public void Full_scale_input_is_clipped_never_wrapped_to_the_other_sign(short level)
    {
        // A full-scale step: the filter's overshoot at the edge exceeds 16 bits.
        var step = Enumerable.Range(0, 22050).Select(n => n < 11025 ? (short)0 : level).ToArray();
        var output = Resampler.Resample(step, 22050, 8000);

        Assert.All(output.Skip(4100).Take(3800), s => Assert.True(Math.Sign(s) == Math.Sign(level) && Math.Abs((int)s) > 30000, $"{s}"));
    }

    [Fact]
    public void The_same_rate_is_returned_unchanged_and_empty_input_gives_empty_output()
    {
        Assert.Equal([1, 2, 3], Resampler.Resample([1, 2, 3], 8000, 8000));
        Assert.Empty(Resampler.Resample([], 22050, 8000));
    }
}
