using CallWarden.Voice.Prompts;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The WAV reader of the prompt renderer, <see cref="WavReader.Read"/>, over the input as espeak-ng's
/// output (issue #11 part 2). It documents an answer for any bytes: audio, or a reason and no audio.
/// </summary>
internal sealed class WavTarget : IFuzzTarget
{
    public void Run(byte[] input)
    {
        var audio = WavReader.Read(input, out var problem);
        if ((audio is null) == (problem is null))
        {
            throw new FuzzFinding("the reader gave both audio and a problem, or neither");
        }

        if (audio is not null && (audio.Samples.Length > WavReader.MaxSamples || audio.Samples.Length * 2 > input.Length || audio.SampleRate is < 4000 or > 192_000))
        {
            throw new FuzzFinding($"{audio.Samples.Length} samples at {audio.SampleRate} Hz from {input.Length} bytes");
        }
    }
}
