namespace CallWarden.Web.Site;

/// <summary>The texts of the <see cref="PrivacyNotice"/>, in <c>PrivacyText.resx</c> and its two translations.</summary>
internal sealed class PrivacyText;
