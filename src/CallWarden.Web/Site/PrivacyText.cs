namespace CallWarden.Web.Site;

/// <summary>The texts of the privacy pages and the notice's summary on the report form (the notice itself is <c>Core.Privacy.PrivacyNotices</c>).</summary>
internal sealed class PrivacyText;
