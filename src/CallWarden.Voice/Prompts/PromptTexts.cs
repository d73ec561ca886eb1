using System.Reflection;

namespace CallWarden.Voice.Prompts;

/// <summary>The prompt files shipped in this assembly (Prompts/Texts/*.txt), read and checked.</summary>
internal sealed class PromptTexts
{
    private readonly Dictionary<VoiceLanguage, IReadOnlyDictionary<string, string>> _texts;

    private PromptTexts(Dictionary<VoiceLanguage, IReadOnlyDictionary<string, string>> texts) => _texts = texts;

    public static PromptTexts Shipped { get; } = Load();

    public string Text(VoiceLanguage language, string key) => _texts[language][key];

    /// <summary>These texts with one changed: what an edit of a prompt file does.</summary>
    internal PromptTexts With(VoiceLanguage language, string key, string text)
    {
        var copy = _texts.ToDictionary(p => p.Key, p => p.Value);
        copy[language] = new Dictionary<string, string>(copy[language], StringComparer.Ordinal) { [key] = text };
        return new PromptTexts(copy);
    }

    private static PromptTexts Load()
    {
        var texts = new Dictionary<VoiceLanguage, IReadOnlyDictionary<string, string>>();
        foreach (var language in VoiceLanguages.All)
        {
            var content = Read(language);
            var parsed = PromptTextFile.Parse(content, out var problems);
            if (problems.Count > 0)
            {
                // A shipped file is part of the build: its tests fail first, so this is a bug, not a user error.
                throw new InvalidOperationException($"Prompts/Texts/{language.FileTag()}.txt: {string.Join("; ", problems)}");
            }

            texts[language] = parsed;
        }

        return new PromptTexts(texts);
    }

    internal static string Read(VoiceLanguage language)
    {
        var name = $"CallWarden.Voice.Prompts.Texts.{language.FileTag()}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The prompt file {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
