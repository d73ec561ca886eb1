using System.Net;
using System.Text.RegularExpressions;

namespace CallWarden.Web.Tests.Stats;

/// <summary>The rows of one &lt;table id="…"&gt; of a page, as the text of their cells (header row first).</summary>
internal static partial class HtmlTable
{
    public static List<string[]> Read(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has no table {id}");
        var table = page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
        return [.. Row().Matches(table).Select(r => Cell().Matches(r.Value).Select(c => Text(c.Groups[1].Value)).ToArray())];
    }

    /// <summary>The column of the cells whose row starts with <paramref name="label"/>.</summary>
    public static string[] RowOf(List<string[]> rows, string label) => rows.Single(r => r[0] == label);

    private static string Text(string html) => WebUtility.HtmlDecode(Tag().Replace(html, string.Empty)).Trim();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
