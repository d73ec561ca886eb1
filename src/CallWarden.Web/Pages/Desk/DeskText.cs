namespace CallWarden.Web.Pages.Desk;

/// <summary>The texts every desk page shares: staff sign-in, the desk navigation, role names (<c>DeskText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class DeskText;
