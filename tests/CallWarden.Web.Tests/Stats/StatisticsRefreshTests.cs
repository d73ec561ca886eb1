using System.Net;
using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Stats;
using CallWarden.Data.Workflow;
using CallWarden.Web.Stats;
using Microsoft.AspNetCore.TestHost;

namespace CallWarden.Web.Tests.Stats;

/// <summary>The page and the files come from figures kept in memory; the host rebuilds them on its clock, never a request.</summary>
public sealed class StatisticsRefreshTests
{
    private static readonly StatisticsOptions Defaults = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_report_changes_the_figures_only_once_they_are_rebuilt_not_per_request()
    {
        await using var api = await TestApi.StartAsync();
        await ReportAsync(api, "13912345671", 1);
        await api.Get<PublicStatisticsFollower>().BuildAsync(Ct);
        var (page, tag) = await PageAsync(api);
        Assert.Contains("过去 12 个月共收到 1 份举报。", page, StringComparison.Ordinal);

        await ReportAsync(api, "13912345672", 2);

        Assert.Equal(1, await ReportsAsync(api));
        Assert.Equal(tag, (await PageAsync(api)).Tag);
        Assert.False(await api.Get<PublicStatisticsFollower>().RefreshIfDueAsync(Ct), "rebuilt sooner than allowed");

        // Reports that leave the change feed where it was count once the figures are old enough.
        api.Time.Advance(Defaults.RebuildAtLeastEvery);
        await EventuallyAsync(async () => await ReportsAsync(api) == 2);
        var (after, newTag) = await PageAsync(api);
        Assert.Contains("过去 12 个月共收到 2 份举报。", after, StringComparison.Ordinal);
        Assert.NotEqual(tag, newTag);
    }

    [Fact]
    public async Task An_enforcing_action_reaches_the_scorecard_once_the_feed_moved_and_the_least_interval_passed()
    {
        await using var api = await TestApi.StartAsync();
        var workflow = api.Get<CaseWorkflow>();
        var analyst = new Actor("analyst", ActorRole.Analyst);
        var id = await ReportAsync(api, "13912345671", 1);
        await workflow.VerifyAsync(id, analyst, "credible", Ct);
        await workflow.ForwardAsync(id, analyst, "to the carrier", cancellationToken: Ct);
        await api.Get<PublicStatisticsFollower>().BuildAsync(Ct);
        Assert.Equal((1, 0), await MobileScorecardAsync(api));

        // Forwarding alone leaves the feed where it was: not rebuilt although the least interval passed.
        api.Time.Advance(Defaults.RebuildAtMostEvery);
        Assert.False(await api.Get<PublicStatisticsFollower>().RefreshIfDueAsync(Ct));

        var acted = await workflow.RecordActionAsync(id, CarrierActionKind.RestrictOutbound, 30, new Actor("cmcc", ActorRole.CarrierOperator, Carrier.ChinaMobile), "outbound calls barred", Ct);
        Assert.True(acted?.Succeeded);

        api.Time.Advance(Defaults.CheckInterval);
        await EventuallyAsync(async () => await MobileScorecardAsync(api) == (1, 1));
    }

    private static async Task<long> ReportAsync(TestApi api, string target, int n)
    {
        var at = api.Time.GetUtcNow();
        var result = await api.Get<ReportIntake>().SubmitAsync(
            new ReportSubmission(IntakeChannel.Sms, $"{target}*推销", at, $"1380013800{n}", null, $"refresh-{n}", target, "marketing", at.AddMinutes(-5)), Ct);
        Assert.True(result.Accepted);
        return result.Receipt!.CaseId;
    }

    private static async Task<(string Page, string Tag)> PageAsync(TestApi api)
    {
        using var response = await api.App.GetTestClient().GetAsync("/statistics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(Ct), response.Headers.ETag!.Tag);
    }

    private static async Task<long> ReportsAsync(TestApi api)
    {
        var json = JsonDocument.Parse(await api.App.GetTestClient().GetByteArrayAsync("/statistics.json", Ct)).RootElement;
        return json.GetProperty("reportsByChannel").EnumerateArray().SelectMany(c => c.GetProperty("months").EnumerateArray()).Sum(m => m.GetProperty("reports").GetInt64());
    }

    private static async Task<(int Forwarded, int Acted)> MobileScorecardAsync(TestApi api)
    {
        var json = JsonDocument.Parse(await api.App.GetTestClient().GetByteArrayAsync("/statistics.json", Ct)).RootElement;
        var mobile = json.GetProperty("carrierScorecard").EnumerateArray().Single(c => c.GetProperty("carrier").GetString() == "china_mobile");
        return (mobile.GetProperty("casesForwarded").GetInt32(), mobile.GetProperty("casesActed").GetInt32());
    }

    /// <summary>Waits (in real time, the host's loop runs on its own) until <paramref name="condition"/> holds.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(20); waited += TimeSpan.FromMilliseconds(50))
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail("the host did not rebuild the published statistics within 20 s");
    }
}
