using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace CallWarden.Web.Tests.Stats;

public sealed partial class StatisticsPageTests(StatisticsWorld world) : IClassFixture<StatisticsWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "zh-Hans", "骚扰电话和垃圾短信举报统计", "2026年11月", "短信", "诈骗", "中国移动", "运营商不明", "江苏省", "已办结")]
    [InlineData("zh-TW", "zh-Hant", "騷擾電話和垃圾短信舉報統計", "2026年11月", "短信", "詐騙", "中國移動", "電信業者不明", "江蘇省", "已辦結")]
    [InlineData("en-GB", "en", "Nuisance calls and spam texts: the statistics", "November 2026", "SMS", "Fraud", "China Mobile", "Carrier not known", "Jiangsu", "Closed")]
    public async Task The_page_is_written_in_the_readers_language_names_included(
        string acceptLanguage, string tag, string heading, string november, string sms, string fraud, string mobile, string unknownCarrier, string jiangsu, string closed)
    {
        var page = await GetAsync("/statistics", acceptLanguage);

        Assert.Contains($"<html lang=\"{tag}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", page, StringComparison.Ordinal);
        var channels = HtmlTable.Read(page, "reports-by-channel");
        Assert.Equal(sms, channels[0][1]);
        Assert.Equal(november, channels[11][0]);
        Assert.Equal(fraud, HtmlTable.Read(page, "reports-by-category")[1][0]);
        Assert.Equal([mobile, unknownCarrier], HtmlTable.Read(page, "reports-by-carrier").Select(r => r[0]).Where(n => n == mobile || n == unknownCarrier));
        Assert.Equal(jiangsu, HtmlTable.Read(page, "reports-by-province")[1][0]);
        Assert.Contains(HtmlTable.Read(page, "cases-by-state"), r => r[0] == closed);
    }

    [Fact]
    public async Task Every_chart_table_holds_the_stores_figures_for_the_twelve_months_ending_with_this_one()
    {
        var page = await GetAsync("/statistics", "zh-CN");

        var channels = HtmlTable.Read(page, "reports-by-channel");
        Assert.Equal(["月份", "短信", "电子邮件", "网页", "API 接口", "批量导入", "电话"], channels[0]);
        Assert.Equal(13, channels.Count);
        Assert.Equal(["2026年1月", "0", "1", "0", "0", "0", "0"], channels[1]);
        Assert.Equal(["2026年11月", "3", "1", "3", "1", "1", "0"], channels[11]);
        Assert.Equal(["2026年12月（1–22日）", "0", "0", "1", "0", "0", "0"], channels[12]);
        Assert.Equal(
            [["类别", "举报数"], ["诈骗", "5"], ["骚扰", "3"], ["推销", "2"], ["保险", "1"]],
            HtmlTable.Read(page, "reports-by-category"));
        Assert.Equal(["月份", "诈骗", "骚扰", "推销", "保险"], HtmlTable.Read(page, "reports-by-category-and-month")[0]);
        Assert.Equal([["运营商", "举报数"], ["中国移动", "6"], ["中国联通", "4"], ["运营商不明", "1"]], HtmlTable.Read(page, "reports-by-carrier"));
        Assert.Equal([["省份", "举报数"], ["江苏省", "6"], ["北京市", "5"]], HtmlTable.Read(page, "reports-by-province"));
        Assert.Equal(
            [["状态", "案件数"], ["已受理，待核实", "2"], ["已核实，待转交", "0"], ["已转交，待运营商处置", "3"], ["已处置，待告知举报人", "0"],
             ["已办结", "6"], ["未予受理", "0"], ["已并入同一号码的案件", "0"], ["号码持有人申诉中", "0"]],
            HtmlTable.Read(page, "cases-by-state"));
        Assert.Contains("过去 12 个月共收到 11 份举报。", page, StringComparison.Ordinal);
        foreach (var id in new[] { "reports-by-channel", "reports-by-category-and-month", "reports-by-category", "reports-by-carrier", "reports-by-province", "carrier-share-on-time", "carrier-working-days", "cases-by-state" })
        {
            Assert.Matches($"<table class=\"data\" data-chart=\"(line|bar)\"[^>]*id=\"{id}\"", page);
        }

        Assert.Contains("<script src=\"/assets/charts.js\" defer></script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scorecard_gives_working_days_and_the_share_on_time_and_withholds_what_rests_on_fewer_than_five_cases()
    {
        var page = await GetAsync("/statistics", "en");

        // China Mobile: forwarded after 1–6 working days; acted after 1, 1, 3, 3 and 16 (late); one still unanswered past its deadline.
        Assert.Equal(["China Mobile", "3", "6", "3", "16"], HtmlTable.RowOf(HtmlTable.Read(page, "carrier-working-days"), "China Mobile"));
        Assert.Equal(["China Mobile", "6", "5", "4", "1"], HtmlTable.RowOf(HtmlTable.Read(page, "carrier-cases"), "China Mobile"));
        Assert.Equal(["China Mobile", "67%"], HtmlTable.RowOf(HtmlTable.Read(page, "carrier-share-on-time"), "China Mobile"));
        Assert.Contains("data-value=\"66.7\">67%</td>", page, StringComparison.Ordinal);

        // China Unicom: three cases, one acted on: the counts are shown, the times and the share are not.
        Assert.Equal(["China Unicom", "3", "1", "1", "2"], HtmlTable.RowOf(HtmlTable.Read(page, "carrier-cases"), "China Unicom"));
        var withheld = "—fewer than 5 cases, not published";
        Assert.Equal(["China Unicom", withheld, withheld, withheld, withheld], HtmlTable.RowOf(HtmlTable.Read(page, "carrier-working-days"), "China Unicom"));
        Assert.Equal(["China Unicom", withheld], HtmlTable.RowOf(HtmlTable.Read(page, "carrier-share-on-time"), "China Unicom"));
        Assert.Contains("<td class=\"num\" data-value=\"\"><span aria-hidden=\"true\">—</span>", page, StringComparison.Ordinal);
        Assert.Contains("within 3 working days of the first report; the carrier should act within 15 working days", page, StringComparison.Ordinal);
        Assert.Contains("would rest on fewer than 5 cases is not published", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_reporter_reference_or_reported_number_is_published_on_the_page_or_in_the_files()
    {
        foreach (var path in new[] { "/statistics", "/statistics.csv", "/statistics.json" })
        {
            var text = await GetAsync(path, "zh-CN");

            foreach (var secret in world.Reporters.Concat(world.References).Concat(StatisticsWorld.Mobile).Concat(StatisticsWorld.Unicom)
                .Append(StatisticsWorld.Landline).Append(StatisticsWorld.Today).Append(StatisticsWorld.BeforeThePeriod))
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain(secret[1..], text, StringComparison.Ordinal); // as +86…, or without the trunk 0
            }

            Assert.DoesNotMatch(PhoneLike(), text);
        }
    }

    [Fact]
    public async Task The_page_carries_an_entity_tag_per_language_and_answers_304_to_it()
    {
        var client = world.Api.App.GetTestClient();
        using var first = await SendAsync(client, "zh-CN");
        using var english = await SendAsync(client, "en");

        Assert.Equal("public, max-age=30", first.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept-Language", "Cookie"], first.Headers.Vary);
        var tag = first.Headers.ETag!;
        Assert.NotEqual(tag, english.Headers.ETag);
        using var again = await SendAsync(client, "zh-CN", tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        using var otherLanguage = await SendAsync(client, "en", tag.Tag);
        Assert.Equal(HttpStatusCode.OK, otherLanguage.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string acceptLanguage, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/statistics");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request, Ct);
    }

    private async Task<string> GetAsync(string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await world.Api.App.GetTestClient().SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>Seven digits in a row: a phone number or a part of one (no figure here is that large).</summary>
    [GeneratedRegex(@"\d{7}")]
    private static partial Regex PhoneLike();
}
