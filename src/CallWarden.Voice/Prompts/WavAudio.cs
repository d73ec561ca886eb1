namespace CallWarden.Voice.Prompts;

/// <summary>Mono 16-bit linear PCM at <see cref="SampleRate"/>: what a WAV file holds once read.</summary>
internal sealed record WavAudio(int SampleRate, short[] Samples);
