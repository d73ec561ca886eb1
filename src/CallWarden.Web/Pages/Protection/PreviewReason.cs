namespace CallWarden.Web.Pages.Protection;

/// <summary>One reason of a dry-run decision, in the reader's language; the decisive one is the reason the call got its answer.</summary>
internal sealed record PreviewReason(string Text, bool Decisive);
