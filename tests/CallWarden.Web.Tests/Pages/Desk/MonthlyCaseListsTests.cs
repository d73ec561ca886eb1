using System.Text;
using CallWarden.Web.Tests.Stats;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary>
/// The monthly report's lists of cases (issue #8 item 4): the overdue cases of the month and its police
/// referrals, with the scorecard of the carrier whose desk has them.
/// </summary>
public sealed class MonthlyCaseListsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_threat_sent_to_china_mobile_is_a_police_referral_and_with_an_unverified_report_is_overdue_a_month_later()
    {
        await using var desk = await DeskCases.StartAsync();
        var (threat, _) = await desk.FileAsync("13912345671", "threat", "13800138071");
        var (waiting, _) = await desk.FileAsync("13912345672", "harassment", "13800138072", serviceNumber: "12321");
        desk.Api.Time.Advance(TimeSpan.FromDays(30));
        using var analyst = await desk.Api.SignInAsync("ana", DeskCases.Password);

        var police = await CsvAsync(analyst, "police");
        var overdue = await CsvAsync(analyst, "overdue");
        var scorecard = await CsvAsync(analyst, "scorecard");

        Assert.Equal([threat.ToString(System.Globalization.CultureInfo.InvariantCulture)], police.Skip(1).Select(r => r[0]));
        Assert.Equal(
            new[] { threat, waiting }.Order().Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            overdue.Skip(1).Select(r => r[0]).Order());
        var mobile = Assert.Single(scorecard.Skip(1), r => r[0] == "china_mobile");
        Assert.Equal(("0", "1"), (mobile[2], mobile[3])); // routed at once, not acted on within 15 working days
    }

    private static async Task<List<string[]>> CsvAsync(HttpClient client, string table)
    {
        using var response = await client.GetAsync($"/desk/monthly?handler=Csv&month=2026-11&table={table}", Ct);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return OpenDataCsvFile.Rows(new UTF8Encoding(false).GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF'));
    }
}
