using CallWarden.Core.Privacy;

namespace CallWarden.Data.Privacy;

/// <summary>Reads a deployment's further notice versions from a folder (<c>Privacy:NoticeFolder</c>).</summary>
internal static class NoticeFolder
{
    public static PrivacyNotices Load(PrivacyNotices shipped, string? folder) =>
        string.IsNullOrWhiteSpace(folder)
            ? shipped
            : shipped.With(Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
}
