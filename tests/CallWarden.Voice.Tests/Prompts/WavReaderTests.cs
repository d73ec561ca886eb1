using System.Buffers.Binary;
using System.Text;
using CallWarden.Voice.Prompts;
using CsCheck;

namespace CallWarden.Voice.Tests.Prompts;

public sealed class WavReaderTests
{
    internal static byte[] Wav(int rate, short[] samples, int channels = 1, uint? riffSize = null, uint? dataSize = null, byte[]? extraChunk = null, ushort bits = 16, ushort format = 1)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write("RIFF"u8);
        w.Write(riffSize ?? 0u);
        w.Write("WAVE"u8);
        w.Write("fmt "u8);
        w.Write(16u);
        w.Write(format);
        w.Write((ushort)channels);
        w.Write(rate);
        w.Write(rate * channels * bits / 8);
        w.Write((ushort)(channels * bits / 8));
        w.Write(bits);
        if (extraChunk is not null)
        {
            w.Write(extraChunk);
        }

        w.Write("data"u8);
        w.Write(dataSize ?? (uint)(samples.Length * 2 * channels));
        foreach (var s in samples)
        {
            for (var c = 0; c < channels; c++)
            {
                w.Write(c == 0 ? s : (short)-1);
            }
        }

        w.Flush();
        return stream.ToArray();
    }

    [Fact]
    public void A_plain_mono_file_reads_its_rate_and_samples()
    {
        var audio = WavReader.Read(Wav(22050, [1, -2, 32767, -32768]), out var problem);

        Assert.Null(problem);
        Assert.Equal(22050, audio!.SampleRate);
        Assert.Equal([1, -2, 32767, -32768], audio.Samples);
    }

    [Theory]
    [InlineData(0x7FFFF000u)]
    [InlineData(0xFFFFFFFFu)]
    public void The_sizes_espeak_ng_leaves_when_writing_to_a_pipe_mean_to_the_end(uint size)
    {
        var audio = WavReader.Read(Wav(22050, [5, 6, 7], riffSize: size, dataSize: size), out _);

        Assert.Equal([5, 6, 7], audio!.Samples);
    }

    [Fact]
    public void Stereo_keeps_the_first_channel_and_other_chunks_are_skipped_with_their_padding()
    {
        var list = Encoding.ASCII.GetBytes("LIST").Concat(BitConverter.GetBytes(3)).Concat(new byte[] { 1, 2, 3, 0 }).ToArray();
        var audio = WavReader.Read(Wav(16000, [10, 20], channels: 2, extraChunk: list), out _);

        Assert.Equal([10, 20], audio!.Samples);
    }

    [Fact]
    public void A_truncated_last_frame_is_dropped()
    {
        var file = Wav(8000, [1, 2, 3]);
        var audio = WavReader.Read(file.AsSpan(0, file.Length - 1), out _);

        Assert.Equal([1, 2], audio!.Samples);
    }

    [Theory]
    [InlineData("")]
    [InlineData("RIFF")]
    [InlineData("RIFF\0\0\0\0WAVX")]
    [InlineData("RIFF\0\0\0\0WAVE")]
    [InlineData("RIFF\0\0\0\0WAVEdata\u0004\0\0\0\u0001\0\u0002\0")]
    [InlineData("RIFF\0\0\0\0WAVEfmt \u0004\0\0\0abcd")]
    [InlineData("您拨打的电话已关机 RIFF WAVE 𠀀")]
    public void Malformed_files_are_refused_with_a_reason(string text)
    {
        Assert.Null(WavReader.Read(Encoding.Latin1.GetBytes(text.Select(c => c > 255 ? '?' : c).ToArray()), out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Theory]
    [InlineData(8, 1)]
    [InlineData(16, 3)]
    [InlineData(24, 1)]
    public void Formats_other_than_16_bit_PCM_are_refused(int bits, int format)
    {
        Assert.Null(WavReader.Read(Wav(8000, [1], bits: (ushort)bits, format: (ushort)format), out var problem));
        Assert.Contains("16-bit PCM", problem);
    }

    [Fact]
    public void A_file_declaring_more_samples_than_the_limit_is_refused_not_allocated()
    {
        var header = Wav(48000, []);
        var huge = new byte[header.Length + (WavReader.MaxSamples + 1) * 2];
        header.CopyTo(huge, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(huge.AsSpan(header.Length - 4), 0xFFFFFFFF);

        Assert.Null(WavReader.Read(huge, out var problem));
        Assert.Contains("more than", problem);
    }

    [Fact]
    public void Any_bytes_at_all_give_audio_or_a_reason_never_an_exception()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var audio = WavReader.Read(bytes, out var problem);
            Assert.True(audio is not null ^ problem is not null);
        }, iter: 20_000);
        // Mutations of a valid file reach the chunk walk.
        var valid = Wav(22050, [1, 2, 3, 4, 5]);
        Gen.Int[0, valid.Length - 1].SelectMany(i => Gen.Byte.Select(b => (i, b))).Array[1, 6].Sample(edits =>
        {
            var copy = (byte[])valid.Clone();
            foreach (var (i, b) in edits)
            {
                copy[i] = b;
            }

            var audio = WavReader.Read(copy, out var problem);
            Assert.True(audio is not null ^ problem is not null);
        }, iter: 20_000);
    }
}
