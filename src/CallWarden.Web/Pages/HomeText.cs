namespace CallWarden.Web.Pages;

/// <summary>The home page's texts (<c>HomeText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class HomeText;
