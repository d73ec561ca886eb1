namespace CallWarden.Web.Pages.Protection;

/// <summary>The My protection page's texts (<c>ProtectionText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class ProtectionText;
