namespace CallWarden.Voice.Prompts;

/// <summary>What a rendering run did: prompts rendered, prompts already up to date, and the folder.</summary>
internal sealed record PromptRenderSummary(int Rendered, int Kept, string Folder);
