using CallWarden.Core.Localization;

namespace CallWarden.Core.Privacy;

/// <summary>
/// One version of the privacy notice in one language, read from its file
/// (<c>privacy-2026-12.zh-Hans.md</c>): a small subset of Markdown — <c>#</c> title, <c>##</c> headings,
/// <c>-</c> list items, paragraphs — so the text is written and reviewed as a document and shown as plain,
/// encoded text (nothing in it can become markup).
/// </summary>
public sealed record NoticeText(string Version, DisplayLanguage Language, IReadOnlyList<NoticeBlock> Blocks)
{
    public string Title => Blocks.FirstOrDefault(b => b.Kind == NoticeBlockKind.Title)?.Text ?? Version;

    public static NoticeText Parse(string version, DisplayLanguage language, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        List<NoticeBlock> blocks = [];
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimStart('\uFEFF').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            blocks.Add(line switch
            {
                _ when line.StartsWith("## ", StringComparison.Ordinal) => new NoticeBlock(NoticeBlockKind.Heading, line[3..].Trim()),
                _ when line.StartsWith("# ", StringComparison.Ordinal) => new NoticeBlock(NoticeBlockKind.Title, line[2..].Trim()),
                _ when line.StartsWith("- ", StringComparison.Ordinal) => new NoticeBlock(NoticeBlockKind.Item, line[2..].Trim()),
                _ => new NoticeBlock(NoticeBlockKind.Paragraph, line),
            });
        }

        return new NoticeText(version, language, blocks);
    }
}
