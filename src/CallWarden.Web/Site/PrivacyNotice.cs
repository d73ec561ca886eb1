namespace CallWarden.Web.Site;

/// <summary>
/// The privacy notice a reporter agrees to; its text is <c>PrivacyText</c> (three languages). A change
/// to that text is a new notice: change <see cref="Version"/> with it, so every report keeps the
/// version its reporter was shown (<c>ReportSubmission.ConsentNotice</c>).
/// </summary>
internal static class PrivacyNotice
{
    public const string Version = "privacy-2026-12";
}
