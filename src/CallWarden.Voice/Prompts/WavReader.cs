using System.Buffers.Binary;

namespace CallWarden.Voice.Prompts;

/// <summary>
/// Reads the RIFF/WAVE files espeak-ng writes: PCM, 16 bits, one or more channels (the first is kept).
/// espeak-ng's <c>--stdout</c> cannot seek back, so it leaves the RIFF and data sizes at 0x7FFFF000 or
/// 0xFFFFFFFF: a size past the end means "to the end". Anything else is refused with a reason, never
/// an exception: the input is another program's output.
/// </summary>
internal static class WavReader
{
    /// <summary>Ten minutes at 48 kHz: far beyond any prompt, small enough to hold in memory.</summary>
    public const int MaxSamples = 48_000 * 600;

    public static WavAudio? Read(ReadOnlySpan<byte> file, out string? problem)
    {
        problem = null;
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            problem = "not a RIFF/WAVE file";
            return null;
        }

        int? rate = null, channels = null;
        var position = 12;
        while (position + 8 <= file.Length)
        {
            var id = file.Slice(position, 4);
            var declared = BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(position + 4, 4));
            var start = position + 8;
            var available = file.Length - start;
            var size = declared > (uint)available ? available : (int)declared;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16)
                {
                    problem = "the fmt chunk is shorter than 16 bytes";
                    return null;
                }

                var fmt = file.Slice(start, size);
                var format = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]);
                var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
                // 0xFFFE is WAVE_FORMAT_EXTENSIBLE, which sox writes for the same PCM.
                if (format is not (1 or 0xFFFE) || bits != 16)
                {
                    problem = $"only 16-bit PCM is read (format {format}, {bits} bits)";
                    return null;
                }

                if (channels is < 1 or > 8 || rate is < 4000 or > 192_000)
                {
                    problem = $"unusable fmt: {channels} channels at {rate} Hz";
                    return null;
                }
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (rate is null || channels is null)
                {
                    problem = "the data chunk comes before the fmt chunk";
                    return null;
                }

                var frameBytes = 2 * channels.Value;
                var frames = size / frameBytes;
                if (frames > MaxSamples)
                {
                    problem = $"more than {MaxSamples} samples";
                    return null;
                }

                var samples = new short[frames];
                var data = file.Slice(start, frames * frameBytes);
                for (var i = 0; i < frames; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(data.Slice(i * frameBytes, 2));
                }

                return new WavAudio(rate.Value, samples);
            }

            // Chunks are padded to an even length.
            var next = (long)start + size + (size & 1);
            if (next > file.Length)
            {
                break;
            }

            position = (int)next;
        }

        problem = rate is null ? "no fmt chunk" : "no data chunk";
        return null;
    }
}
