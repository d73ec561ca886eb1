using System.Globalization;

namespace CallWarden.Voice.Prompts;

/// <summary>
/// One language's prompt file: <c>key = text</c> per line, <c>#</c> comments and blank lines ignored.
/// Every key of <see cref="PromptKeys.All"/> must appear exactly once with a text, and no other key;
/// each problem names its line, so an edit that breaks the file stops the rendering with the place to fix.
/// </summary>
internal static class PromptTextFile
{
    public const int MaxFileChars = 64 * 1024;
    public const int MaxTextChars = 400;

    public static IReadOnlyDictionary<string, string> Parse(string content, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (content.Length > MaxFileChars)
        {
            found.Add($"the file is longer than {MaxFileChars} characters");
            return texts;
        }

        var known = PromptKeys.All.ToHashSet(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                found.Add($"line {lineNumber}: expected 'key = text'");
                continue;
            }

            var key = line[..equals].Trim();
            var text = line[(equals + 1)..].Trim();
            if (!known.Contains(key))
            {
                found.Add($"line {lineNumber}: '{Visible(key)}' is not a prompt key");
            }
            else if (text.Length == 0)
            {
                found.Add($"line {lineNumber}: '{key}' has no text");
            }
            else if (text.Length > MaxTextChars)
            {
                found.Add($"line {lineNumber}: '{key}' is longer than {MaxTextChars} characters");
            }
            else if (text.Any(IsHidden))
            {
                found.Add($"line {lineNumber}: '{key}' holds a control or invisible character");
            }
            else if (!texts.TryAdd(key, text))
            {
                found.Add($"line {lineNumber}: '{key}' is defined twice");
            }
        }

        foreach (var key in PromptKeys.All.Where(k => !texts.ContainsKey(k)))
        {
            found.Add($"'{key}' is missing");
        }

        return texts;
    }

    /// <summary>Control, format (bidi overrides, zero-width) and private-use characters: nothing a voice should be asked to read.</summary>
    private static bool IsHidden(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static string Visible(string text)
    {
        var shown = new string([.. text.Take(40).Select(c => IsHidden(c) ? '?' : c)]);
        return text.Length > 40 ? shown + "…" : shown;
    }
}
