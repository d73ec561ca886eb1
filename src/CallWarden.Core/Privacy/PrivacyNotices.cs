using System.Text.RegularExpressions;
using CallWarden.Core.Localization;

namespace CallWarden.Core.Privacy;

/// <summary>
/// Every version of the privacy notice in the three languages. The current version is the latest
/// (versions are named <c>privacy-YYYY-MM</c>, so they sort by date); a report or sign-up records the
/// version it was given, and a signed-in phone that agreed to an older one is asked again (issue #10 part 1).
/// The shipped notices are embedded; a deployment may add versions from a folder (<see cref="With"/>).
/// </summary>
public sealed partial class PrivacyNotices
{
    private const string ResourcePrefix = "CallWarden.Core.Privacy.Notices.";

    private static readonly DisplayLanguage[] Languages = [DisplayLanguage.ZhHans, DisplayLanguage.ZhHant, DisplayLanguage.En];

    private readonly Dictionary<(string, DisplayLanguage), NoticeText> _texts;

    private PrivacyNotices(Dictionary<(string, DisplayLanguage), NoticeText> texts)
    {
        _texts = texts;
        Versions = [.. texts.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Current = Versions[^1];
    }

    /// <summary>The notices built into CallWarden.</summary>
    public static PrivacyNotices Shipped { get; } = LoadShipped();

    /// <summary>The version a report or sign-up made now agrees to.</summary>
    public string Current { get; }

    public IReadOnlyList<string> Versions { get; }

    public bool Has(string? version) => version is not null && _texts.ContainsKey((version, DisplayLanguage.ZhHans));

    /// <summary>The notice of <paramref name="version"/> in <paramref name="language"/>.</summary>
    public NoticeText Text(string version, DisplayLanguage language) => _texts[(version, language)];

    /// <summary>
    /// These notices and the files given as (file name, content), e.g. <c>privacy-2027-06.en.md</c>.
    /// A file named otherwise, or a version without all three languages, is an error naming the file.
    /// </summary>
    /// <exception cref="ArgumentException">A file's name or the set of languages is wrong.</exception>
    public PrivacyNotices With(IEnumerable<(string FileName, string Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var texts = new Dictionary<(string, DisplayLanguage), NoticeText>(_texts);
        foreach (var (name, content) in files)
        {
            var (version, language) = NameOf(name);
            texts[(version, language)] = NoticeText.Parse(version, language, content);
        }

        return Complete(texts);
    }

    private static (string Version, DisplayLanguage Language) NameOf(string fileName)
    {
        var match = FileName().Match(fileName);
        if (!match.Success)
        {
            throw new ArgumentException($"The privacy notice file {fileName} must be named <version>.<language>.md, e.g. privacy-2027-06.zh-Hans.md (languages zh-Hans, zh-Hant, en)", nameof(fileName));
        }

        return (match.Groups["version"].Value, DisplayLanguages.FromCultureName(match.Groups["language"].Value));
    }

    private static PrivacyNotices Complete(Dictionary<(string, DisplayLanguage), NoticeText> texts)
    {
        foreach (var version in texts.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal))
        {
            var missing = Languages.Where(l => !texts.ContainsKey((version, l))).Select(l => $"{version}.{l.Tag()}.md").ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException($"The privacy notice {version} lacks {string.Join(", ", missing)}: every version is given in all three languages");
            }
        }

        return new PrivacyNotices(texts);
    }

    private static PrivacyNotices LoadShipped()
    {
        var assembly = typeof(PrivacyNotices).Assembly;
        var texts = new Dictionary<(string, DisplayLanguage), NoticeText>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var (version, language) = NameOf(resource[ResourcePrefix.Length..]);
            texts[(version, language)] = NoticeText.Parse(version, language, reader.ReadToEnd());
        }

        return texts.Count == 0
            ? throw new InvalidOperationException("No privacy notice is embedded in CallWarden.Core.")
            : Complete(texts);
    }

    [GeneratedRegex(@"^(?<version>privacy-[0-9]{4}-[0-9]{2}(?:-[a-z0-9]+)?)\.(?<language>zh-Hans|zh-Hant|en)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
