namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>The texts of the case queue, the case page and bulk triage (<c>CaseDeskText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class CaseDeskText;
