using System.Net;
using CallWarden.Core.Cases;
using CallWarden.Core.Reputation;
using CallWarden.Data.Intake;
using CallWarden.Web.Pages.Lookup;

namespace CallWarden.Web.Tests.Numbers;

/// <summary>The lookup page reads a number from the store once per refresh, and what changed shows after it.</summary>
public sealed class LookupCacheTests : IAsyncLifetime
{
    private const long Number = 8613912340000;
    private const string Page = "/numbers/+8613912340000";

    private TestApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await TestApi.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_new_report_shows_after_the_refresh_and_not_before()
    {
        await ReportAsync("13800138001");
        var first = await LookupPages.PageAsync(_api, Page);
        Assert.Contains("data-value=\"1\">1</td></tr>", first, StringComparison.Ordinal);

        await ReportAsync("13800138002");
        _api.Time.Advance(LookupCache.Freshness - TimeSpan.FromSeconds(1));
        var cached = await LookupPages.PageAsync(_api, Page);
        Assert.Contains("data-value=\"1\">1</td></tr>", cached, StringComparison.Ordinal);
        Assert.Contains("已有 1 人举报这个号码", cached, StringComparison.Ordinal);

        _api.Time.Advance(TimeSpan.FromSeconds(1));
        var refreshed = await LookupPages.PageAsync(_api, Page);
        Assert.Contains("data-value=\"2\">2</td></tr>", refreshed, StringComparison.Ordinal);
        Assert.Contains("已有 2 人举报这个号码", refreshed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_shows_after_the_refresh_in_every_language()
    {
        await LookupPages.PageAsync(_api, Page, "zh-CN");
        await LookupPages.PageAsync(_api, Page, "en");
        await LookupStore.ReputationAsync(_api, Number, ReputationState.Labelled, "fraud", 1234);

        _api.Time.Advance(LookupCache.Freshness);

        Assert.Contains("诈骗电话 · 已被 1,234 人标记", await LookupPages.PageAsync(_api, Page, "zh-CN"), StringComparison.Ordinal);
        Assert.Contains("Fraud · reported by 1,234 people", await LookupPages.PageAsync(_api, Page, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carrier_action_shows_after_the_refresh_and_not_before()
    {
        var before = await LookupPages.PageAsync(_api, Page);
        Assert.Contains("目前没有运营商限制这个号码。", before, StringComparison.Ordinal);

        await LookupStore.ActionAsync(_api, Number, CarrierActionKind.RestrictOutbound, "china_mobile", TestApi.Start, TestApi.Start.AddDays(30));
        Assert.Contains("目前没有运营商限制这个号码。", await LookupPages.PageAsync(_api, Page), StringComparison.Ordinal);

        _api.Time.Advance(LookupCache.Freshness);
        Assert.Contains("<li>中国移动已限制该号码呼出，至 2026年12月30日</li>", await LookupPages.PageAsync(_api, Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restriction_leaves_the_page_when_it_ends_even_between_refreshes()
    {
        await LookupStore.ActionAsync(_api, Number, CarrierActionKind.RestrictOutbound, "china_mobile", TestApi.Start.AddDays(-30), TestApi.Start.AddSeconds(10));
        Assert.Contains("中国移动已限制该号码呼出", await LookupPages.PageAsync(_api, Page), StringComparison.Ordinal);

        _api.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Contains("目前没有运营商限制这个号码。", await LookupPages.PageAsync(_api, Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_week_begins_on_the_chart_at_midnight_on_Monday_even_between_refreshes()
    {
        // Sunday 23:59:50 in China; the next read is ten seconds later, in the new week.
        _api.Time.SetUtcNow(new DateTimeOffset(2026, 12, 6, 23, 59, 50, TimeSpan.FromHours(8)));
        await LookupStore.ReportsAsync(_api, Number, _api.Time.GetUtcNow().AddSeconds(-1));
        var sunday = await LookupPages.PageAsync(_api, Page);
        Assert.Contains("<tr><th scope=\"row\">2026年11月30日</th><td class=\"num\" data-value=\"1\">", sunday, StringComparison.Ordinal);

        _api.Time.Advance(TimeSpan.FromSeconds(10));

        var monday = await LookupPages.PageAsync(_api, Page);
        Assert.Contains("<tr><th scope=\"row\">2026年12月7日</th><td class=\"num\" data-value=\"0\">", monday, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_requests_for_one_number_at_once_read_the_store_once()
    {
        var cache = _api.Get<LookupCache>();
        var number = Core.Numbers.PhoneNumberNormalizer.Default.Normalize("13912340000");

        var facts = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetAsync(number))));

        Assert.Single(facts.Distinct());
        Assert.Equal(HttpStatusCode.OK, (await LookupPages.GetAsync(_api, Page)).Status);
    }

    private async Task ReportAsync(string reporter)
    {
        var result = await _api.Get<ReportIntake>().SubmitAsync(new ReportSubmission(
            IntakeChannel.Api, "{}", _api.Time.GetUtcNow(), reporter, null, Guid.NewGuid().ToString("N"), "13912340000", "harassment"));
        Assert.True(result.Accepted, string.Join(", ", result.Errors));
    }
}
