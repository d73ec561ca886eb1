using System.Buffers.Binary;
using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.Tests.Prompts;

public sealed class G711Tests
{
    [Theory]
    [InlineData((short)0, 0xFF)]
    [InlineData((short)-1, 0xFF)]
    [InlineData((short)32767, 0x80)]
    [InlineData((short)-32768, 0x00)]
    [InlineData((short)1000, 0xCE)]
    [InlineData((short)-1000, 0x4E)]
    public void Mu_law_codes_the_published_values(short sample, int code) => Assert.Equal((byte)code, G711.LinearToUlaw(sample));

    [Theory]
    [InlineData((short)0, 0xD5)]
    [InlineData((short)-8, 0x55)]
    [InlineData((short)32767, 0xAA)]
    [InlineData((short)-32768, 0x2A)]
    [InlineData((short)1000, 0xFA)]
    [InlineData((short)-1000, 0x7A)]
    public void A_law_codes_the_published_values(short sample, int code) => Assert.Equal((byte)code, G711.LinearToAlaw(sample));

    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x80, 32124)]
    [InlineData(0x00, -32124)]
    [InlineData(0xFE, 8)]
    public void Mu_law_decodes_to_the_standards_reconstruction_values(int code, int sample) => Assert.Equal(sample, G711.UlawToLinear((byte)code));

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    public void A_law_decodes_to_the_standards_reconstruction_values(int code, int sample) => Assert.Equal(sample, G711.AlawToLinear((byte)code));

    [Fact]
    public void Every_code_decodes_and_codes_back_to_itself_except_mu_laws_negative_zero()
    {
        for (var code = 0; code < 256; code++)
        {
            Assert.Equal((byte)code, G711.LinearToAlaw(G711.AlawToLinear((byte)code)));
            if (code != 0x7F)
            {
                Assert.Equal((byte)code, G711.LinearToUlaw(G711.UlawToLinear((byte)code)));
            }
        }
    }

    [Fact]
    public void Coding_is_monotonic_and_the_error_stays_within_half_a_step_of_its_segment()
    {
        short previousU = short.MinValue, previousA = short.MinValue;
        for (int x = short.MinValue; x <= short.MaxValue; x++)
        {
            var u = G711.UlawToLinear(G711.LinearToUlaw((short)x));
            var a = G711.AlawToLinear(G711.LinearToAlaw((short)x));
            Assert.True(u >= previousU && a >= previousA, $"not monotonic at {x}");
            (previousU, previousA) = (u, a);
            var inRange = Math.Abs(x) <= 32000; // beyond the top reconstruction value the error is the clipping
            if (inRange)
            {
                Assert.True(Math.Abs(u - x) <= (Math.Abs(x) + 132) / 32 + 4, $"mu-law error at {x}: {u}");
                Assert.True(Math.Abs(a - x) <= Math.Max(8, (Math.Abs(x) + 32) / 32) + 4, $"A-law error at {x}: {a}");
            }
        }
    }

    [Fact]
    public void All_65536_samples_code_exactly_as_sox_codes_them()
    {
        var sox = InstalledTool.Find("sox", "sox");
        var folder = Directory.CreateTempSubdirectory("cw-g711-").FullName;
        try
        {
            var linear = new byte[65536 * 2];
            for (var i = 0; i < 65536; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(linear.AsSpan(i * 2), (short)(i + short.MinValue));
            }

            var input = Path.Combine(folder, "all.s16");
            File.WriteAllBytes(input, linear);
            // -D: no dither, which would add noise before coding.
            InstalledTool.Run(sox, "-D", "-t", "raw", "-r", "8000", "-e", "signed", "-b", "16", "-c", "1", input, "-t", "raw", "-e", "u-law", Path.Combine(folder, "all.ul"));
            InstalledTool.Run(sox, "-D", "-t", "raw", "-r", "8000", "-e", "signed", "-b", "16", "-c", "1", input, "-t", "raw", "-e", "a-law", Path.Combine(folder, "all.al"));
            var ulaw = File.ReadAllBytes(Path.Combine(folder, "all.ul"));
            var alaw = File.ReadAllBytes(Path.Combine(folder, "all.al"));
            for (var i = 0; i < 65536; i++)
            {
                var sample = (short)(i + short.MinValue);
                Assert.True(ulaw[i] == G711.LinearToUlaw(sample), $"mu-law of {sample}: sox {ulaw[i]:X2}, ours {G711.LinearToUlaw(sample):X2}");
                Assert.True(alaw[i] == G711.LinearToAlaw(sample), $"A-law of {sample}: sox {alaw[i]:X2}, ours {G711.LinearToAlaw(sample):X2}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void All_256_codes_decode_exactly_as_sox_decodes_them()
    {
        var sox = InstalledTool.Find("sox", "sox");
        var folder = Directory.CreateTempSubdirectory("cw-g711-").FullName;
        try
        {
            var codes = Enumerable.Range(0, 256).Select(c => (byte)c).ToArray();
            File.WriteAllBytes(Path.Combine(folder, "codes.ul"), codes);
            File.WriteAllBytes(Path.Combine(folder, "codes.al"), codes);
            InstalledTool.Run(sox, "-D", "-t", "raw", "-r", "8000", "-e", "u-law", "-c", "1", Path.Combine(folder, "codes.ul"), "-t", "raw", "-e", "signed", "-b", "16", Path.Combine(folder, "u.s16"));
            InstalledTool.Run(sox, "-D", "-t", "raw", "-r", "8000", "-e", "a-law", "-c", "1", Path.Combine(folder, "codes.al"), "-t", "raw", "-e", "signed", "-b", "16", Path.Combine(folder, "a.s16"));
            var u = File.ReadAllBytes(Path.Combine(folder, "u.s16"));
            var a = File.ReadAllBytes(Path.Combine(folder, "a.s16"));
            for (var c = 0; c < 256; c++)
            {
                Assert.Equal(BinaryPrimitives.ReadInt16LittleEndian(u.AsSpan(c * 2)), G711.UlawToLinear((byte)c));
                Assert.Equal(BinaryPrimitives.ReadInt16LittleEndian(a.AsSpan(c * 2)), G711.AlawToLinear((byte)c));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
