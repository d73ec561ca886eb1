using System.Globalization;
using System.Text;
using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Core.Tests.Reports;

/// <summary>
/// The corpus of issue #14: messages as people in China really send them, each with its expected
/// parse (Reports/Data/README.md describes the columns).
/// </summary>
public sealed class SmsCorpusTests
{
    public static TheoryData<int, string[]> Rows()
    {
        var rows = new TheoryData<int, string[]>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Reports", "Data", "sms-corpus.tsv"), Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !lines[i].StartsWith('#'))
            {
                rows.Add(i + 1, lines[i].Split('\t'));
            }
        }

        return rows;
    }

    [Fact]
    public void The_corpus_has_at_least_300_messages()
    {
        Assert.True(Rows().Count >= 300, $"{Rows().Count} rows");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_message_of_the_corpus_is_read_as_expected(int line, string[] row)
    {
        Assert.True(row.Length == 9, $"line {line} has {row.Length} columns");
        var now = DateTimeOffset.Parse(row[1], CultureInfo.InvariantCulture);
        var parser = new SmsCommandParser(new FakeTimeProvider(now), new SmsGrammarOptions());
        var (kind, target, time, language, detail, category) = (row[3], row[4], row[5], row[6], row[7], row[8]);

        var parsed = parser.Parse(row[0], Unescape(row[2]));

        Assert.Equal(language, parsed.Language.Tag());
        switch (parsed)
        {
            case SmsReport report:
                Assert.Equal("report", kind);
                Assert.Equal(target, report.Target.ToE164String());
                Assert.Equal(time, report.OccurredAt?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) ?? "");
                var said = report.Reason is { } reason ? "reason:" + reason : report.Content is { } content ? "content:" + content : "";
                Assert.Equal(detail, said);
                Assert.Equal(category, report.Category.ToString());
                break;
            case SmsRefusal refusal:
                Assert.True(kind == "refusal", $"refused ({refusal.Reason}): {refusal.Reply}");
                break;
            case SmsCommand command:
                Assert.Equal(kind, "command:" + command.Kind);
                Assert.Equal(detail, command.Reference ?? "");
                break;
        }

        if (parsed is SmsRefusal refused)
        {
            Assert.Equal(detail, refused.Reason.ToString());
            // The example in the reply is yesterday 14:30 of the row's clock; the shared check knows the fixture's.
            if (now == SmsParserFixture.Now)
            {
                SmsCommandParserRefusalTests.AssertNamesTheFormat(
                    refused,
                    refused.ServiceNumber == "12321" || refused.Reason == SmsRefusalReason.UnknownServiceNumber ? SmsGrammar.NumberAndTime : SmsGrammar.NumberAndReasonOrContent);
            }
            else
            {
                Assert.Contains("13912345678*", refused.Reply, StringComparison.Ordinal);
            }
        }
    }

    /// <summary><c>\n</c>, <c>\t</c>, <c>\\</c>, <c>\uXXXX</c> (a lone surrogate too), and <c>@repeat(n,s)</c> for long messages.</summary>
    private static string Unescape(string text)
    {
        if (text.StartsWith("@repeat(", StringComparison.Ordinal))
        {
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            var count = int.Parse(text.AsSpan(8, comma - 8), CultureInfo.InvariantCulture);
            return new StringBuilder().Insert(0, text[(comma + 1)..^1], count).ToString();
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var escape = text[++i];
            if (escape == 'u')
            {
                result.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
            {
                result.Append(escape switch { 'n' => '\n', 't' => '\t', '0' => '\0', _ => escape });
            }
        }

        return result.ToString();
    }
}
