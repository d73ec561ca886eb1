namespace CallWarden.Web.Pages.Desk.Registry;

/// <summary>The registry desk pages' texts: <c>RegistryDeskText.resx</c> (simplified Chinese), <c>.zh-Hant.resx</c>, <c>.en.resx</c>.</summary>
internal sealed class RegistryDeskText;
