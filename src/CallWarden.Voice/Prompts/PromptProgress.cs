namespace CallWarden.Voice.Prompts;

/// <summary>One prompt done: <paramref name="Rendered"/> is false when it was already up to date.</summary>
internal sealed record PromptProgress(int Done, int Total, VoiceLanguage Language, string Key, bool Rendered);
