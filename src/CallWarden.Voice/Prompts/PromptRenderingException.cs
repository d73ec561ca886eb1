namespace CallWarden.Voice.Prompts;

/// <summary>Rendering failed for a reason outside the program (espeak-ng missing or failing, the folder unwritable).</summary>
internal sealed class PromptRenderingException(string message) : Exception(message);
