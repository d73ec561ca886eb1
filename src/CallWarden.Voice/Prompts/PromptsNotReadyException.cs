namespace CallWarden.Voice.Prompts;

/// <summary>The prompt folder lacks prompts of this build's texts: the service cannot speak until they are rendered.</summary>
internal sealed class PromptsNotReadyException(string message) : Exception(message);
