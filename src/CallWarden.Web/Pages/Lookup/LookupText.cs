namespace CallWarden.Web.Pages.Lookup;

/// <summary>The lookup pages' texts: <c>LookupText.resx</c> (simplified Chinese), <c>.zh-Hant.resx</c>, <c>.en.resx</c>.</summary>
internal sealed class LookupText;
