namespace CallWarden.Voice.Prompts;

/// <summary>
/// ITU-T G.711 companding from and to 16-bit linear PCM. G.711 quantises 14-bit (μ-law) and 13-bit
/// (A-law) uniform PCM; a 16-bit sample is first rounded to that resolution (to nearest, clipped), as
/// sox does, then coded by the standard's segment tables with the sign and even-bit inversions of the
/// wire format. Every one of the 65,536 inputs codes exactly as sox's reference implementation
/// (tests/…/G711Tests.cs), and the decoders give the standard's reconstruction values.
/// </summary>
internal static class G711
{
    /// <summary>The largest 14-bit magnitude μ-law codes before the top segment's end (8159 + bias 33 = 8192).</summary>
    private const int UlawClip = 8159;
    private const int UlawBias = 0x21;

    /// <summary>The same bias on the 16-bit scale (33 × 4), which the decoder takes off again.</summary>
    private const int LinearBias = 0x84;

    public static byte LinearToUlaw(short sample)
    {
        var pcm = Math.Min((sample + 2) >> 2, 8191); // round to 14 bits
        var mask = 0xFF;
        if (pcm < 0)
        {
            pcm = -pcm;
            mask = 0x7F;
        }

        pcm = Math.Min(pcm, UlawClip) + UlawBias;
        // Segment ends of the biased magnitude: 0x3F, 0x7F, … 0x1FFF.
        var segment = 0;
        while (segment < 8 && pcm >= (0x40 << segment))
        {
            segment++;
        }

        if (segment >= 8)
        {
            return (byte)(0x7F ^ mask); // the clipped top of the range
        }

        return (byte)(((segment << 4) | ((pcm >> (segment + 1)) & 0x0F)) ^ mask);
    }

    public static short UlawToLinear(byte code)
    {
        int u = (byte)~code;
        var t = ((u & 0x0F) << 3) + LinearBias;
        t <<= (u & 0x70) >> 4;
        return (short)((u & 0x80) != 0 ? LinearBias - t : t - LinearBias);
    }

    public static byte LinearToAlaw(short sample)
    {
        var pcm = Math.Min((sample + 4) >> 3, 4095); // round to 13 bits
        int mask;
        if (pcm >= 0)
        {
            mask = 0xD5; // sign bit set, even bits inverted
        }
        else
        {
            mask = 0x55;
            pcm = -pcm - 1;
        }

        // Segment ends of the 13-bit magnitude: 0x1F, 0x3F, 0x7F, … 0xFFF.
        var segment = 0;
        while (segment < 8 && pcm >= (0x20 << segment))
        {
            segment++;
        }

        if (segment >= 8)
        {
            return (byte)(0x7F ^ mask);
        }

        var code = segment << 4;
        code |= segment < 2 ? (pcm >> 1) & 0x0F : (pcm >> segment) & 0x0F;
        return (byte)(code ^ mask);
    }

    public static short AlawToLinear(byte code)
    {
        var a = code ^ 0x55;
        var t = (a & 0x0F) << 4;
        var segment = (a & 0x70) >> 4;
        t = segment switch
        {
            0 => t + 8,
            1 => t + 0x108,
            _ => (t + 0x108) << (segment - 1),
        };
        return (short)((a & 0x80) != 0 ? t : -t);
    }

    public static byte[] EncodeUlaw(ReadOnlySpan<short> samples)
    {
        var output = new byte[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            output[i] = LinearToUlaw(samples[i]);
        }

        return output;
    }

    public static byte[] EncodeAlaw(ReadOnlySpan<short> samples)
    {
        var output = new byte[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            output[i] = LinearToAlaw(samples[i]);
        }

        return output;
    }
}
