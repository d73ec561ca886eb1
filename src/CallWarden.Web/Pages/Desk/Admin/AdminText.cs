namespace CallWarden.Web.Pages.Desk.Admin;

/// <summary>The admin page's texts: logins and API keys (<c>AdminText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class AdminText;
