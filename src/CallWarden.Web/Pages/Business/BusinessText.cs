namespace CallWarden.Web.Pages.Business;

/// <summary>The business pages' texts: <c>BusinessText.resx</c> (simplified Chinese), <c>.zh-Hant.resx</c>, <c>.en.resx</c>.</summary>
internal sealed class BusinessText;
