using System.Text;
using System.Text.Json;

namespace CallWarden.System.Tests.Web;

/// <summary>The published statistics in a real browser, over the demo data set.</summary>
[Collection(nameof(WebCollection))]
public sealed class StatisticsPageTests(Browser browser, SiteServer site)
{
    private const char Separator = '\u001F';

    /// <summary>Counts the charts' canvases with no painted pixel at all.</summary>
    private const string BlankCanvases =
        """
        () => [...document.querySelectorAll('div.chart canvas')].filter(canvas => {
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          for (let alpha = 3; alpha < pixels.length; alpha += 4) { if (pixels[alpha] !== 0) { return false; } }
          return true;
        }).length
        """;

    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task Every_table_of_the_statistics_page_gets_a_drawn_chart_in_each_language(PageLanguage language)
    {
        await site.StartAsync(["--demo"]);
        await using var tab = await browser.OpenAsync(language, SiteServer.Url("/statistics"));
        var page = tab.Page;

        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('table[data-chart]')].every(t => t.hasAttribute('data-chart-drawn'))");
        var tables = await page.Locator("table[data-chart]").CountAsync();
        Assert.True(tables >= 7, $"{tables} chart tables");
        Assert.Equal(tables, await page.Locator("table[data-chart-drawn]").CountAsync());
        Assert.Equal(tables, await page.Locator("div.chart canvas").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>(BlankCanvases));
        Assert.Equal(language.Tag, await page.GetAttributeAsync("html", "lang"));
        // The tables stay: the chart is drawn above each, not instead of it.
        Assert.Equal(tables, await page.Locator("div.chart + table.data").CountAsync());

        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "statistics", language);
    }

    [Fact]
    public async Task The_files_downloaded_through_the_pages_links_hold_the_same_figures()
    {
        await site.StartAsync(["--demo"]);
        await using var tab = await browser.OpenAsync(PageLanguage.ZhHans, SiteServer.Url("/statistics"));

        var csvDownload = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.ClickAsync("a[href='/statistics.csv']"));
        var jsonDownload = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.ClickAsync("a[href='/statistics.json']"));
        var csv = await File.ReadAllBytesAsync((await csvDownload.PathAsync())!, TestContext.Current.CancellationToken);
        var json = await File.ReadAllBytesAsync((await jsonDownload.PathAsync())!, TestContext.Current.CancellationToken);

        Assert.Matches(@"^callwarden-statistics-\d{4}-\d{2}-\d{2}\.csv$", csvDownload.SuggestedFilename);
        Assert.Matches(@"^callwarden-statistics-\d{4}-\d{2}-\d{2}\.json$", jsonDownload.SuggestedFilename);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var fromCsv = CsvFigures(Encoding.UTF8.GetString(csv[3..]));
        var fromJson = JsonFigures(JsonDocument.Parse(json).RootElement);
        Assert.Equal(fromJson.Order(StringComparer.Ordinal), fromCsv.Order(StringComparer.Ordinal));
        Assert.Contains(fromCsv, f => f.StartsWith("reports_by_channel" + Separator, StringComparison.Ordinal) && !f.EndsWith(Separator + "0", StringComparison.Ordinal));
    }

    /// <summary>Each figure row's fields joined by a unit separator (RFC 4180: a field with a comma is quoted, its quotes doubled).</summary>
    private static List<string> CsvFigures(string text)
    {
        var lines = text.Split("\r\n");
        Assert.Equal("dataset,month,code,name_zh_hans,name_zh_hant,name_en,measure,value", lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        return [.. lines[1..^1].Select(line => string.Join(Separator, Fields(line)))];
    }

    private static IEnumerable<string> Fields(string line)
    {
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"' when quoted && i + 1 < line.Length && line[i + 1] == '"':
                    field.Append('"');
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    yield return field.ToString();
                    field.Clear();
                    break;
                default:
                    field.Append(line[i]);
                    break;
            }
        }

        yield return field.ToString();
    }

    /// <summary>The JSON file's figures written as the CSV file's rows, read from the JSON's own structure.</summary>
    private static List<string> JsonFigures(JsonElement json)
    {
        List<string> rows = [];
        foreach (var (dataset, array, code, totalMeasure) in new[]
        {
            ("reports_by_channel", "reportsByChannel", "channel", (string?)null),
            ("reports_by_category", "reportsByCategory", "category", "reports"),
            ("reports_by_carrier", "reportsByCarrier", "carrier", "reports"),
            ("reports_by_province", "reportsByProvince", "province", "reports"),
            ("cases_by_state", "casesByState", "state", "cases"),
        })
        {
            foreach (var group in json.GetProperty(array).EnumerateArray())
            {
                if (totalMeasure is not null)
                {
                    rows.Add(Row(dataset, string.Empty, group, code, totalMeasure, group.GetProperty(totalMeasure)));
                }

                if (group.TryGetProperty("months", out var months))
                {
                    rows.AddRange(months.EnumerateArray().Select(m => Row(dataset, m.GetProperty("month").GetString()!, group, code, "reports", m.GetProperty("reports"))));
                }
            }
        }

        foreach (var carrier in json.GetProperty("carrierScorecard").EnumerateArray())
        {
            rows.AddRange(carrier.EnumerateObject().Where(p => p.Name is not ("carrier" or "names"))
                .Select(p => Row("carrier_scorecard", string.Empty, carrier, "carrier", Snake(p.Name), p.Value)));
        }

        return rows;

        static string Row(string dataset, string month, JsonElement group, string code, string measure, JsonElement value)
        {
            var names = group.GetProperty("names");
            var number = value.ValueKind == JsonValueKind.Null ? string.Empty : value.GetRawText();
            return string.Join(Separator, dataset, month, group.GetProperty(code).GetString(), names.GetProperty("zh-Hans").GetString(), names.GetProperty("zh-Hant").GetString(), names.GetProperty("en").GetString(), measure, number);
        }
    }

    private static string Snake(string camel) => string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
