using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Web.Pages.Lookup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Tests.Numbers;

public sealed partial class LookupPageTests : IAsyncLifetime
{
    /// <summary>A China Mobile number of Changzhou, Jiangsu.</summary>
    private const long Labelled = 8613912340000;
    private const string Page = "/numbers/+8613912340000";

    private TestApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await TestApi.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("zh-CN,zh;q=0.9", "zh-Hans", "139 1234 0000", "骚扰电话 · 已被 1,234 人标记", "已标记", "手机号码", "中国移动", "江苏省 常州市", "2026年11月29日")]
    [InlineData("zh-TW", "zh-Hant", "139 1234 0000", "騷擾電話 · 已被 1,234 人標記", "已標記", "手機號碼", "中國移動", "江蘇省 常州市", "2026年11月29日")]
    [InlineData("en-GB", "en", "139 1234 0000", "Harassment · reported by 1,234 people", "Labelled", "Mobile", "China Mobile", "Changzhou, Jiangsu", "29 November 2026")]
    public async Task A_labelled_number_is_described_in_the_readers_language(
        string acceptLanguage, string tag, string written, string label, string state, string kind, string carrier, string place, string lastReport)
    {
        await LookupStore.ReputationAsync(_api, Labelled, ReputationState.Labelled, "harassment", 1234, TestApi.Start.AddDays(-1));

        var page = await LookupPages.PageAsync(_api, Page, acceptLanguage);

        Assert.Contains($"<html lang=\"{tag}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{written}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"headline\">{label}</p>", page, StringComparison.Ordinal);
        Assert.Contains($"<strong class=\"tag\">{state}</strong>", page, StringComparison.Ordinal);
        foreach (var value in new[] { "+8613912340000", kind, carrier, place, "1,234", lastReport })
        {
            Assert.Contains($"<td>{value}</td>", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ReputationState.Disputed, "zh-CN", "骚扰电话 · 已被 40 人标记", "申诉中", "号码持有人已提出申诉")]
    [InlineData(ReputationState.Disputed, "en", "Harassment · reported by 40 people", "Disputed", "The holder of the number has appealed")]
    [InlineData(ReputationState.UnderReview, "zh-TW", null, "審核中", "這個號碼的舉報正在人工審核")]
    [InlineData(ReputationState.UnderReview, "en", null, "Under review", "being checked by an analyst")]
    [InlineData(ReputationState.VerifiedBusiness, "zh-CN", "认证企业号码", "认证企业", "经过认证的企业号码")]
    [InlineData(ReputationState.VerifiedBusiness, "zh-TW", "認證企業號碼", "認證企業", "經過認證的企業號碼")]
    [InlineData(ReputationState.Clean, "zh-CN", null, "未标记", "已有 40 人举报这个号码，还不足以标记。")]
    [InlineData(ReputationState.Clean, "en", null, "Not labelled", "People who have reported this number so far: 40.")]
    public async Task Each_state_is_said_in_words(ReputationState state, string acceptLanguage, string? headline, string tag, string sentence)
    {
        await LookupStore.ReputationAsync(_api, Labelled, state, "harassment", 40);

        var page = await LookupPages.PageAsync(_api, Page, acceptLanguage);

        if (headline is null)
        {
            Assert.DoesNotContain("class=\"headline\"", page, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"<p class=\"headline\">{headline}</p>", page, StringComparison.Ordinal);
        }

        Assert.Matches($"<strong class=\"tag[a-z ]*\">{Regex.Escape(tag)}</strong>", page);
        Assert.Contains(sentence, page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "还没有人举报这个号码。", "固定电话", "北京市", "目前没有运营商限制这个号码。", "最近 26 周没有收到举报。")]
    [InlineData("zh-TW", "還沒有人舉報這個號碼。", "市內電話", "北京市", "目前沒有電信業者限制這個號碼。", "最近 26 週沒有收到舉報。")]
    [InlineData("en", "Nobody has reported this number.", "Landline", "Beijing", "No carrier restriction is in force on this number.", "No reports in the last 26 weeks.")]
    public async Task A_number_nobody_reported_says_so_plainly(string acceptLanguage, string noReports, string kind, string place, string noEnforcement, string noChart)
    {
        var page = await LookupPages.PageAsync(_api, "/numbers/+861062345678", acceptLanguage);

        Assert.Contains("<h1>010 6234 5678</h1>", page, StringComparison.Ordinal);
        Assert.Contains(noReports, page, StringComparison.Ordinal);
        Assert.Contains($"<td>{kind}</td>", page, StringComparison.Ordinal);
        Assert.Contains($"<td>{place}</td>", page, StringComparison.Ordinal);
        Assert.Contains(noEnforcement, page, StringComparison.Ordinal);
        Assert.Contains(noChart, page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"tag", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_table_has_a_row_for_each_of_26_China_weeks_counting_that_weeks_reports()
    {
        // Now is Monday 30 November 2026, 10:00 in China; the chart's first week begins on Monday 8 June.
        static DateTimeOffset China(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));
        await LookupStore.ReportsAsync(
            _api,
            Labelled,
            China(6, 7, 23),   // Sunday before the first week: not shown
            China(6, 8, 0),    // the first week
            China(6, 14, 23),  // its Sunday
            China(11, 29, 23), // last week's Sunday
            China(11, 30, 0),  // this week
            China(11, 30, 9));

        var page = await LookupPages.PageAsync(_api, Page);

        var table = page[page.IndexOf("<table class=\"data\" data-chart=\"line\">", StringComparison.Ordinal)..];
        table = table[..(table.IndexOf("</table>", StringComparison.Ordinal) + 8)];
        Assert.Contains("<caption>最近 26 周每周收到的举报（周一至周日，北京时间）</caption>", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">周（起始日）</th><th scope=\"col\" class=\"num\">举报数</th>", table, StringComparison.Ordinal);
        var rows = WeekRow().Matches(table).Select(m => (Week: m.Groups["week"].Value, Count: int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(26, rows.Count);
        Assert.Equal(("2026年6月8日", 2), rows[0]);
        Assert.Equal(("2026年6月15日", 0), rows[1]);
        Assert.Equal(("2026年11月23日", 1), rows[^2]);
        Assert.Equal(("2026年11月30日", 2), rows[^1]);
        Assert.Equal(5, rows.Sum(r => r.Count));
        Assert.Contains("<script src=\"/assets/charts.js\" defer></script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weeks_are_written_in_the_readers_language()
    {
        await LookupStore.ReportsAsync(_api, Labelled, TestApi.Start.AddHours(-1));

        var english = await LookupPages.PageAsync(_api, Page, "en");

        Assert.Contains("<caption>Reports received in each of the last 26 weeks (Monday to Sunday, China time)</caption>", english, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">30 November 2026</th><td class=\"num\" data-value=\"1\">1</td></tr>", english, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">8 June 2026</th><td class=\"num\" data-value=\"0\">0</td></tr>", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "中国移动已限制该号码呼出，至 2026年12月31日", "中国联通已暂停该号码呼出，长期有效", "运营商已收回该号码")]
    [InlineData("zh-TW", "中國移動已限制該號碼撥出，至 2026年12月31日", "中國聯通已暫停該號碼撥出，長期有效", "電信業者已收回該號碼")]
    [InlineData("en", "China Mobile has restricted outgoing calls from this number until 31 December 2026", "China Unicom has suspended outgoing calls from this number, with no end date", "The carrier has taken this number back from its holder")]
    public async Task Enforcement_in_force_is_shown_with_its_end(string acceptLanguage, string restricted, string suspended, string reclaimed)
    {
        var from = TestApi.Start.AddDays(-3);
        var midnight = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)); // in force through 31 December
        await LookupStore.ActionAsync(_api, Labelled, CarrierActionKind.RestrictOutbound, "china_mobile", from, midnight);
        await LookupStore.ActionAsync(_api, Labelled, CarrierActionKind.SuspendOutbound, "china_unicom", from, null);
        await LookupStore.ActionAsync(_api, Labelled, CarrierActionKind.ReclaimNumber, "nobody_we_know", from, null);
        await LookupStore.ActionAsync(_api, Labelled, CarrierActionKind.RestrictOutbound, "china_telecom", from.AddDays(-30), from.AddDays(-1)); // ended
        await LookupStore.ActionAsync(_api, Labelled, CarrierActionKind.SuspendOutbound, "china_telecom", from, null, lifted: from.AddDays(1)); // appeal upheld
        await LookupStore.ActionAsync(_api, Labelled, CarrierActionKind.Warning, "china_telecom", from, null); // stops nothing

        var page = await LookupPages.PageAsync(_api, Page, acceptLanguage);

        var items = EnforcementItem().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([restricted, suspended, reclaimed], items);
    }

    [Fact]
    public async Task The_actions_lead_to_the_report_form_with_the_number_and_to_legitimate_feedback()
    {
        var page = await LookupPages.PageAsync(_api, Page);

        Assert.Contains("<a class=\"button\" href=\"/report?number=%2B8613912340000\">举报这个号码</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button secondary\" href=\"/numbers/+8613912340000/legitimate\">这个号码是正常的</a>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/numbers/95588", "95588", "服务号码")]
    [InlineData("/numbers/110", "110", "紧急号码")]
    [InlineData("/numbers/+12025550123", "+1 202-555-0123", "境外号码")]
    [InlineData("/numbers/+864008123123", "400 812 3123", "企业热线（400）")]
    public async Task Other_kinds_of_number_are_written_and_named_as_people_know_them(string path, string written, string kind)
    {
        var page = await LookupPages.PageAsync(_api, path);

        Assert.Contains($"<h1>{written}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<td>{kind}</td>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant")]
    [InlineData("en")]
    public void Every_kind_of_number_has_a_name_in_each_language(string culture)
    {
        var text = _api.Services.GetRequiredService<IStringLocalizer<LookupText>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.All(Enum.GetValues<NumberKind>(), kind => Assert.False(text["Kind" + kind].ResourceNotFound, $"Kind{kind} in {culture}"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_short_code_is_named_by_its_digits_as_people_dial_it()
    {
        var moved = await LookupPages.GetAsync(_api, "/numbers/955%2088");
        var page = await LookupPages.PageAsync(_api, "/numbers/95588");

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.Status);
        Assert.Equal("/numbers/95588", moved.Location);
        Assert.Contains("href=\"/report?number=95588\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/numbers/95588/legitimate\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("+8695588", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr><th scope=\"row\">(?<week>[^<]+)</th><td class=\"num\" data-value=\"(?<count>\\d+)\">")]
    private static partial Regex WeekRow();

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex EnforcementItem();
}
