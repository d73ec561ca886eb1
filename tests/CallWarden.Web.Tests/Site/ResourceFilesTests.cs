using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CallWarden.Web.Tests.Site;

/// <summary>
/// Every text of the pages exists in simplified Chinese, traditional Chinese and English, and no
/// page writes a Chinese text of its own outside the resource files.
/// </summary>
public sealed partial class ResourceFilesTests
{
    private static readonly string WebSource = Path.Combine(RepositoryRoot(), "src", "CallWarden.Web");

    public static TheoryData<string> ResourceSets()
    {
        var data = new TheoryData<string>();
        foreach (var neutral in Directory.EnumerateFiles(WebSource, "*.resx", SearchOption.AllDirectories).Where(f => !IsInBuildOutput(f) && Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0))
        {
            data.Add(Path.GetRelativePath(WebSource, neutral));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Every_key_exists_in_all_three_languages_and_none_is_empty(string neutral)
    {
        var path = Path.Combine(WebSource, neutral);
        var simplified = Keys(path);
        var traditional = Keys(Path.ChangeExtension(path, ".zh-Hant.resx"));
        var english = Keys(Path.ChangeExtension(path, ".en.resx"));

        Assert.NotEmpty(simplified);
        Assert.Equal(simplified.Keys.Order(StringComparer.Ordinal), traditional.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(simplified.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(simplified.Concat(traditional).Concat(english), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{neutral}: '{kv.Key}' is empty"));
    }

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Placeholders_agree_across_the_languages(string neutral)
    {
        var path = Path.Combine(WebSource, neutral);
        var simplified = Keys(path);
        foreach (var other in new[] { Keys(Path.ChangeExtension(path, ".zh-Hant.resx")), Keys(Path.ChangeExtension(path, ".en.resx")) })
        {
            foreach (var (key, text) in simplified)
            {
                Assert.True(
                    Placeholders(text).SetEquals(Placeholders(other[key])),
                    $"{neutral}: '{key}' has placeholders {string.Join(",", Placeholders(text))} but a translation has {string.Join(",", Placeholders(other[key]))}");
            }
        }
    }

    [Fact]
    public void English_text_is_not_left_in_the_Chinese_files_and_the_simplified_file_is_not_traditional()
    {
        foreach (var neutral in ResourceSets().Select(d => d.Data))
        {
            var path = Path.Combine(WebSource, neutral);
            foreach (var (key, text) in Keys(path).Concat(Keys(Path.ChangeExtension(path, ".zh-Hant.resx"))))
            {
                Assert.True(HanOrDigits().IsMatch(text), $"{neutral}: '{key}' = '{text}' has no Chinese character in a Chinese file");
            }
        }
    }

    [Fact]
    public void No_page_writes_Chinese_text_outside_the_resource_files()
    {
        var markup = Directory.EnumerateFiles(WebSource, "*.cshtml", SearchOption.AllDirectories).Where(f => !IsInBuildOutput(f));
        foreach (var file in markup)
        {
            var text = string.Join('\n', File.ReadLines(file).Where(l => !l.Contains("lang=\"zh-", StringComparison.Ordinal)));
            Assert.False(Han().IsMatch(text), $"{Path.GetRelativePath(WebSource, file)} writes Chinese text: move it to the page's .resx files");
        }
    }

    private static Dictionary<string, string> Keys(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static bool IsInBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CallWarden.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CallWarden.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}]|^[\d\s\p{P}]+$")]
    private static partial Regex HanOrDigits();
}
