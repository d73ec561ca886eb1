namespace CallWarden.Web.Site;

/// <summary>
/// The texts every page shares (the layout, navigation, language names, common buttons), in
/// <c>SiteText.resx</c> (simplified Chinese, the neutral language), <c>SiteText.zh-Hant.resx</c> and
/// <c>SiteText.en.resx</c>. Each page folder has its own text class and files of the same shape.
/// </summary>
internal sealed class SiteText;
