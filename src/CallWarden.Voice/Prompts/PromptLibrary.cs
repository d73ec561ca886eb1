using CallWarden.Voice.Calls;

namespace CallWarden.Voice.Prompts;

/// <summary>
/// The rendered prompts, loaded into memory once at start (a few megabytes) so that a call never
/// touches the disk. Loading checks the folder against this build's texts: a missing or stale prompt
/// stops the start with one message naming the command that renders them.
/// </summary>
internal sealed class PromptLibrary
{
    private readonly Dictionary<(VoiceLanguage, string), AudioClip> _clips;

    private PromptLibrary(Dictionary<(VoiceLanguage, string), AudioClip> clips) => _clips = clips;

    public static PromptLibrary Load(string folder, PromptTexts texts)
    {
        var manifest = PromptManifest.Read(folder).Prompts.ToDictionary(e => (e.Language, e.Key));
        var clips = new Dictionary<(VoiceLanguage, string), AudioClip>();
        int missing = 0, stale = 0;
        string? first = null;
        foreach (var language in VoiceLanguages.All)
        {
            foreach (var key in PromptKeys.All)
            {
                var voice = language.EspeakVoice();
                if (!manifest.TryGetValue((language.FileTag(), key), out var entry) || !PromptRenderer.FilesHold(folder, language, key, entry.Samples))
                {
                    missing++;
                    first ??= $"{language.FileTag()}/{key}";
                    continue;
                }

                if (entry.TextHash != PromptManifest.Hash(voice, texts.Text(language, key)) || entry.Voice != voice)
                {
                    stale++;
                    first ??= $"{language.FileTag()}/{key}";
                    continue;
                }

                clips[(language, key)] = new AudioClip(
                    $"{language.FileTag()}/{key}",
                    File.ReadAllBytes(PromptManifest.FilePath(folder, language, key, ".ul")),
                    File.ReadAllBytes(PromptManifest.FilePath(folder, language, key, ".al")));
            }
        }

        if (missing + stale > 0)
        {
            throw new PromptsNotReadyException(
                $"The voice prompts in {Path.GetFullPath(folder)} are not ready ({missing} missing, {stale} changed since they were rendered, first {first}): " +
                $"run `callwarden voice prompts --folder {folder}` (it needs espeak-ng: {EspeakNg.InstallHint}).");
        }

        return new PromptLibrary(clips);
    }

    public AudioClip Clip(VoiceLanguage language, string key) => _clips[(language, key)];

    /// <summary>The clips that speak <paramref name="text"/>'s digits one by one (anything else in it is skipped).</summary>
    public IReadOnlyList<AudioClip> Digits(VoiceLanguage language, string text) =>
        [.. text.Where(char.IsAsciiDigit).Select(d => _clips[(language, PromptKeys.Digit(d))])];
}
