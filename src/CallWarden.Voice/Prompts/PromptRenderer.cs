namespace CallWarden.Voice.Prompts;

/// <summary>
/// Renders every prompt of every language into the prompt folder: espeak-ng → 8 kHz → G.711 μ-law
/// (<c>.ul</c>) and A-law (<c>.al</c>) files, then the manifest. What is already rendered from the same
/// text and voice is kept, so a rerun after editing one line renders that line only. Each file is
/// written beside its place and moved in, so a crash never leaves half a prompt behind.
/// </summary>
internal sealed class PromptRenderer(EspeakNg espeak, PromptTexts texts)
{
    public async Task<PromptRenderSummary> RenderAsync(string folder, IProgress<PromptProgress>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var previous = PromptManifest.Read(folder).Prompts.ToDictionary(e => (e.Language, e.Key));
        var entries = new List<PromptManifestEntry>();
        var total = VoiceLanguages.All.Count * PromptKeys.All.Count;
        int rendered = 0, kept = 0;
        foreach (var language in VoiceLanguages.All)
        {
            Directory.CreateDirectory(Path.Combine(folder, language.FileTag()));
            foreach (var key in PromptKeys.All)
            {
                var voice = language.EspeakVoice();
                var text = texts.Text(language, key);
                var hash = PromptManifest.Hash(voice, text);
                var done = previous.TryGetValue((language.FileTag(), key), out var old) && old.TextHash == hash && old.Voice == voice && FilesHold(folder, language, key, old.Samples);
                PromptManifestEntry entry;
                if (done)
                {
                    entry = old!;
                    kept++;
                }
                else
                {
                    var samples = await espeak.SpeakAsync(voice, text, cancellationToken);
                    WriteAtomically(PromptManifest.FilePath(folder, language, key, ".ul"), G711.EncodeUlaw(samples));
                    WriteAtomically(PromptManifest.FilePath(folder, language, key, ".al"), G711.EncodeAlaw(samples));
                    entry = new PromptManifestEntry(language.FileTag(), key, voice, hash, samples.Length);
                    rendered++;
                }

                entries.Add(entry);
                progress?.Report(new PromptProgress(entries.Count, total, language, key, !done));
            }
        }

        new PromptManifest(1, entries).Write(folder);
        return new PromptRenderSummary(rendered, kept, Path.GetFullPath(folder));
    }

    internal static bool FilesHold(string folder, VoiceLanguage language, string key, int samples)
    {
        var ulaw = new FileInfo(PromptManifest.FilePath(folder, language, key, ".ul"));
        var alaw = new FileInfo(PromptManifest.FilePath(folder, language, key, ".al"));
        return samples > 0 && ulaw.Exists && alaw.Exists && ulaw.Length == samples && alaw.Length == samples;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
