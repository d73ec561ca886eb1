namespace CallWarden.Web.Pages.Refusals;

/// <summary>The marker of the refusal pages' texts (RefusalsText.resx and its translations).</summary>
internal sealed class RefusalsText;
