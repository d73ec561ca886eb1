using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace CallWarden.Web.Tests.Stats;

public sealed class OpenDataTests(StatisticsWorld world) : IClassFixture<StatisticsWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_csv_file_holds_exactly_the_figures_of_the_json_file()
    {
        var csv = OpenDataCsvFile.Figures(await BytesAsync("/statistics.csv"));
        var json = JsonFigures(JsonDocument.Parse(await BytesAsync("/statistics.json")).RootElement);

        Assert.Equal(json.Order(), csv.Order());
        Assert.Contains(Figure("reports_by_channel", "2026-11", "sms", "短信", "短信", "SMS", "reports", 3m), csv);
        Assert.Contains(Figure("reports_by_category", "", "fraud", "诈骗", "詐騙", "Fraud", "reports", 5m), csv);
        Assert.Contains(Figure("reports_by_carrier", "", "unknown", "运营商不明", "電信業者不明", "Carrier not known", "reports", 1m), csv);
        Assert.Contains(Figure("reports_by_province", "", "CN-JS", "江苏省", "江蘇省", "Jiangsu", "reports", 6m), csv);
        Assert.Contains(Figure("carrier_scorecard", "", "china_mobile", "中国移动", "中國移動", "China Mobile", "act_working_days_p95", 16m), csv);
        Assert.Contains(Figure("carrier_scorecard", "", "china_mobile", "中国移动", "中國移動", "China Mobile", "act_on_time_share", 0.6667m), csv);
        Assert.Contains(Figure("carrier_scorecard", "", "china_unicom", "中国联通", "中國聯通", "China Unicom", "act_on_time_share", null), csv);
        Assert.Contains(Figure("cases_by_state", "", "closed", "已办结", "已辦結", "Closed", "cases", 6m), csv);
        Assert.Equal(11m, csv.Where(f => f.Dataset == "reports_by_channel").Sum(f => f.Value));
    }

    [Fact]
    public async Task The_csv_file_is_utf8_with_a_byte_order_mark_for_Excel_and_starts_with_its_header()
    {
        using var response = await world.Api.App.GetTestClient().GetAsync("/statistics.csv", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("dataset,month,code,name_zh_hans,name_zh_hant,name_en,measure,value\r\n", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        Assert.Equal("callwarden-statistics-2026-12-22.csv", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task The_json_file_is_camel_case_and_states_its_period_deadlines_and_disclosure_rule()
    {
        using var response = await world.Api.App.GetTestClient().GetAsync("/statistics.json", Ct);
        var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(Ct)).RootElement;
        var meta = json.GetProperty("meta");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["meta", "reportsByChannel", "reportsByCategory", "reportsByCarrier", "reportsByProvince", "carrierScorecard", "casesByState"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("2026-01-01", "2026-12-22"), (meta.GetProperty("from").GetString(), meta.GetProperty("to").GetString()));
        Assert.Equal(new DateTimeOffset(2026, 12, 22, 2, 0, 0, TimeSpan.Zero), meta.GetProperty("generatedAt").GetDateTimeOffset());
        Assert.Equal(12, meta.GetProperty("months").GetArrayLength());
        Assert.Equal(5, meta.GetProperty("minimumCases").GetInt32());
        Assert.Equal(15, meta.GetProperty("deadlines").GetProperty("actWithinAfterForwarding").GetInt32());
        Assert.Equal(["zh-Hans", "zh-Hant", "en"], meta.GetProperty("disclosure").EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("这些数字不含任何个人信息", meta.GetProperty("disclosure").GetProperty("zh-Hans").GetString(), StringComparison.Ordinal);
        Assert.Contains("fewer than 5 cases", meta.GetProperty("disclosure").GetProperty("en").GetString(), StringComparison.Ordinal);
        var unicom = json.GetProperty("carrierScorecard").EnumerateArray().Single(c => c.GetProperty("carrier").GetString() == "china_unicom");
        Assert.Equal(JsonValueKind.Null, unicom.GetProperty("actWorkingDaysMedian").ValueKind);
        Assert.Equal(3, unicom.GetProperty("casesForwarded").GetInt32());
    }

    [Theory]
    [InlineData("/statistics.csv")]
    [InlineData("/statistics.json")]
    public async Task A_file_carries_an_entity_tag_and_a_max_age_and_answers_304_to_the_tag(string path)
    {
        var client = world.Api.App.GetTestClient();
        using var first = await client.GetAsync(path, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        using var again = await client.SendAsync(request, Ct);

        Assert.Equal("public, max-age=30", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task The_page_links_to_both_files_for_download()
    {
        var page = await world.Api.App.GetTestClient().GetStringAsync("/statistics", Ct);

        Assert.Contains("<a href=\"/statistics.csv\" download>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/statistics.json\" download>", page, StringComparison.Ordinal);
    }

    /// <summary>The JSON file's figures flattened into the CSV file's rows, by reading the JSON's own structure.</summary>
    private static List<OpenDataCsvFile.Figure> JsonFigures(JsonElement json)
    {
        List<OpenDataCsvFile.Figure> figures = [];
        foreach (var c in json.GetProperty("reportsByChannel").EnumerateArray())
        {
            foreach (var m in c.GetProperty("months").EnumerateArray())
            {
                Add("reports_by_channel", m.GetProperty("month").GetString()!, c, "channel", "reports", m.GetProperty("reports"));
            }
        }

        foreach (var c in json.GetProperty("reportsByCategory").EnumerateArray())
        {
            Add("reports_by_category", string.Empty, c, "category", "reports", c.GetProperty("reports"));
            foreach (var m in c.GetProperty("months").EnumerateArray())
            {
                Add("reports_by_category", m.GetProperty("month").GetString()!, c, "category", "reports", m.GetProperty("reports"));
            }
        }

        foreach (var c in json.GetProperty("reportsByCarrier").EnumerateArray())
        {
            Add("reports_by_carrier", string.Empty, c, "carrier", "reports", c.GetProperty("reports"));
        }

        foreach (var p in json.GetProperty("reportsByProvince").EnumerateArray())
        {
            Add("reports_by_province", string.Empty, p, "province", "reports", p.GetProperty("reports"));
        }

        foreach (var c in json.GetProperty("carrierScorecard").EnumerateArray())
        {
            foreach (var measure in c.EnumerateObject().Where(p => p.Name is not ("carrier" or "names")))
            {
                Add("carrier_scorecard", string.Empty, c, "carrier", Snake(measure.Name), measure.Value);
            }
        }

        foreach (var s in json.GetProperty("casesByState").EnumerateArray())
        {
            Add("cases_by_state", string.Empty, s, "state", "cases", s.GetProperty("cases"));
        }

        return figures;

        void Add(string dataset, string month, JsonElement group, string codeProperty, string measure, JsonElement value)
        {
            var names = group.GetProperty("names");
            figures.Add(new(
                dataset, month, group.GetProperty(codeProperty).GetString()!,
                names.GetProperty("zh-Hans").GetString()!, names.GetProperty("zh-Hant").GetString()!, names.GetProperty("en").GetString()!,
                measure, value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal()));
        }
    }

    private static OpenDataCsvFile.Figure Figure(string dataset, string month, string code, string hans, string hant, string en, string measure, decimal? value) =>
        new(dataset, month, code, hans, hant, en, measure, value);

    private static string Snake(string camel) =>
        string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + char.ToLower(c, CultureInfo.InvariantCulture) : c.ToString()));

    private async Task<byte[]> BytesAsync(string path) => await world.Api.App.GetTestClient().GetByteArrayAsync(path, Ct);
}
