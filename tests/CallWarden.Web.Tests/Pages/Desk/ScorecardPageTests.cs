using System.Net;
using System.Text.RegularExpressions;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Workflow;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary>The carrier's scorecard page shows Core's <see cref="CarrierScorecard"/> figures for its carrier and for all carriers.</summary>
public sealed partial class ScorecardPageTests : IAsyncLifetime
{
    private DeskCases _desk = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _desk = await DeskCases.StartAsync();

    public async ValueTask DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task The_figures_are_those_of_the_carrier_scorecard_for_the_carrier_and_for_all_carriers()
    {
        var flow = _desk.Api.Get<CaseWorkflow>();
        var mobile = new Actor("user:mo", ActorRole.CarrierOperator, Carrier.ChinaMobile);
        var unicom = new Actor("user:uni", ActorRole.CarrierOperator, Carrier.ChinaUnicom);
        List<long> ids = [];
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await _desk.FileAsync($"1391234567{i}", "harassment", $"1380013800{i}")).CaseId);
            ids.Add((await _desk.FileAsync($"1391234568{i}", "harassment", $"1380013801{i}", serviceNumber: "10010999")).CaseId);
        }

        // Acted after 1, 3 and 20 days (one late), one left unanswered; Unicom acts on all after 2 days.
        _desk.Api.Time.Advance(TimeSpan.FromDays(1));
        await flow.RecordActionAsync(ids[0], CarrierActionKind.Warning, null, mobile, "w", Ct);
        _desk.Api.Time.Advance(TimeSpan.FromDays(1));
        foreach (var id in new[] { ids[1], ids[3], ids[5], ids[7] })
        {
            await flow.RecordActionAsync(id, CarrierActionKind.RestrictOutbound, 30, unicom, "r", Ct);
        }

        _desk.Api.Time.Advance(TimeSpan.FromDays(1));
        await flow.RecordActionAsync(ids[2], CarrierActionKind.RestrictOutboundSms, 7, mobile, "s", Ct);
        _desk.Api.Time.Advance(TimeSpan.FromDays(25));
        await flow.RecordActionAsync(ids[4], CarrierActionKind.NoViolationFound, null, mobile, "n", Ct);

        var cases = new List<Case>();
        foreach (var id in ids)
        {
            cases.Add((await flow.LoadAsync(id, Ct))!);
        }

        var now = _desk.Api.Time.GetUtcNow();
        var deadlines = _desk.Api.Get<CaseDeadlines>();
        var expected = CarrierScorecard.Compute(cases, deadlines, now);
        var own = expected.Single(s => s.Carrier == Carrier.ChinaMobile);
        var national = CarrierScorecard.National(cases.Select(c => (c.Routing!.Carrier, CaseTimeline.Of(c))), deadlines, now);
        using var mo = await _desk.SignedInAsync("mo");

        var answer = await mo.GetAsync("/desk/scorecard?From=2026-11-01&To=2026-12-31");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(3, own.Acted);
        Assert.Equal([own.Acted.ToString(), national.Acted.ToString()], Cells("row-acted"));
        Assert.Equal([own.OverdueUnanswered.ToString(), national.OverdueUnanswered.ToString()], Cells("row-overdue"));
        Assert.Equal([Share(own.ShareOnTime), Share(national.ShareOnTime)], Cells("row-on-time"));
        Assert.Equal([own.MedianWorkingDays.ToString()!, national.MedianWorkingDays.ToString()!], Cells("row-p50"));
        Assert.Equal([own.P95WorkingDays.ToString()!, national.P95WorkingDays.ToString()!], Cells("row-p95"));
        Assert.Equal(["1", "33.3%", "1", "14.3%"], Cells("kind-warning"));
        Assert.Equal(["0", "0.0%", "4", "57.1%"], Cells("kind-restrict_outbound"));

        string[] Cells(string row) =>
            [.. CellText().Matches(Regex.Match(mo.Html, $"<tr id=\"{row}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    [Fact]
    public async Task The_default_period_is_the_last_30_days_and_a_bad_date_is_named_beside_its_field()
    {
        using var mo = await _desk.SignedInAsync("mo");

        await mo.GetAsync("/desk/scorecard");
        Assert.Contains("value=\"2026-11-01\"", mo.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-11-30\"", mo.Html, StringComparison.Ordinal);

        await mo.GetAsync("/desk/scorecard?From=yesterday&To=2026-11-30");
        Assert.Equal("Enter the first day as a date from 2000-01-01 to 2099-12-31, for example 2026-11-01", mo.ErrorBeside("From"));

        // The calendar's ends were a 500 (issue #9 part 5): the day after 9999-12-31 does not exist.
        var farEnd = await mo.GetAsync("/desk/scorecard?From=9999-12-30&To=9999-12-31");
        Assert.Equal(HttpStatusCode.OK, farEnd.Status);
        Assert.Equal("Enter the last day as a date from 2000-01-01 to 2099-12-31, for example 2026-11-30", mo.ErrorBeside("To"));

        await mo.GetAsync("/desk/scorecard?From=2026-11-30&To=2026-11-01");
        Assert.Equal("The last day must be the same as or after the first day", mo.ErrorBeside("To"));
    }

    private static string Share(double? share) => share is { } s ? s.ToString("P1", System.Globalization.CultureInfo.GetCultureInfo("en")) : "none yet";

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex CellText();
}
