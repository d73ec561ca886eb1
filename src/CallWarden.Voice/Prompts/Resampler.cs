namespace CallWarden.Voice.Prompts;

/// <summary>
/// Band-limited resampling of speech to the 8 kHz of G.711: each output sample is the input convolved
/// with a Kaiser-windowed sinc low-pass at its exact position in time. The filter passes 0–3.4 kHz
/// (the telephone band) flat within 0.1 dB and removes 4 kHz and above (what would fold back as
/// aliasing) by at least 70 dB. For the rational ratios of real files (22,050 → 8,000 is 441:160) the
/// filter is tabulated per phase; other ratios compute it in place.
/// </summary>
internal static class Resampler
{
    private const double PassEdge = 3400;
    private const double StopEdge = 4000;
    private const double AttenuationDb = 75;

    /// <summary>Above this many distinct phases the filter is computed per sample instead of tabulated.</summary>
    private const int MaxPhases = 4096;

    public static short[] To8k(WavAudio audio) => Resample(audio.Samples, audio.SampleRate, Calls.AudioClip.SampleRate);

    public static short[] Resample(short[] input, int inputRate, int outputRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        if (inputRate == outputRate || input.Length == 0)
        {
            return (short[])input.Clone();
        }

        // Scaled with the lower of the two rates' Nyquist, so the band edges stay below both.
        var scale = Math.Min(inputRate, outputRate) / 8000.0;
        var cutoff = (PassEdge + StopEdge) / 2 * scale / inputRate;            // cycles per input sample
        var transition = (StopEdge - PassEdge) * scale / inputRate;
        var beta = 0.1102 * (AttenuationDb - 8.7);
        var halfWidth = (AttenuationDb - 7.95) / (14.36 * transition) / 2;      // Kaiser's length estimate, in input samples
        var taps = (int)Math.Ceiling(halfWidth);
        var outputLength = (int)((long)input.Length * outputRate / inputRate);
        var output = new short[outputLength];
        var divisor = Gcd(inputRate, outputRate);
        var phases = outputRate / divisor;
        var step = inputRate / divisor; // input samples per `phases` output samples
        var i0Beta = BesselI0(beta);
        double[][]? table = phases <= MaxPhases ? new double[phases][] : null;
        for (var n = 0; n < outputLength; n++)
        {
            // Position n·inputRate/outputRate = base + phase/phases, exactly, in integers.
            var numerator = (long)n * step;
            var basePosition = numerator / phases;
            var phase = (int)(numerator % phases);
            var fraction = (double)phase / phases;
            double[] weights;
            if (table is not null)
            {
                weights = table[phase] ??= Weights(fraction, taps, cutoff, beta, i0Beta, halfWidth);
            }
            else
            {
                weights = Weights(fraction, taps, cutoff, beta, i0Beta, halfWidth);
            }

            double sum = 0;
            for (var k = -taps + 1; k <= taps; k++)
            {
                var index = basePosition + k;
                if (index >= 0 && index < input.Length)
                {
                    sum += input[index] * weights[k + taps - 1];
                }
            }

            output[n] = (short)Math.Clamp(Math.Round(sum), short.MinValue, short.MaxValue);
        }

        return output;
    }

    /// <summary>The filter's taps at input offsets −taps+1 … taps from the sample before the output's position, normalised to unit DC gain.</summary>
    private static double[] Weights(double fraction, int taps, double cutoff, double beta, double i0Beta, double halfWidth)
    {
        var weights = new double[2 * taps];
        double total = 0;
        for (var k = -taps + 1; k <= taps; k++)
        {
            var distance = k - fraction; // input sample minus output position, in input samples
            var window = Math.Abs(distance) >= halfWidth ? 0 : BesselI0(beta * Math.Sqrt(1 - (distance / halfWidth) * (distance / halfWidth))) / i0Beta;
            var x = 2 * cutoff * distance;
            var sinc = x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
            var weight = 2 * cutoff * sinc * window;
            weights[k + taps - 1] = weight;
            total += weight;
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= total;
        }

        return weights;
    }

    /// <summary>The modified Bessel function of the first kind, order 0, by its power series.</summary>
    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, half = x / 2;
        for (var k = 1; k < 64; k++)
        {
            term *= half / k * (half / k);
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }
        }

        return sum;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
