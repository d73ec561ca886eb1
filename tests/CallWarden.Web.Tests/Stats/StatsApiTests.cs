using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Web.Tests.Access;

namespace CallWarden.Web.Tests.Stats;

public sealed class StatsApiTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_summary_counts_the_worlds_reports_and_its_forwarded_case()
    {
        var summary = await world.Client(Identity.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/stats/summary?from=2026-11-30&to=2026-11-30", TestContext.Current.CancellationToken);

        Assert.Equal(3, summary.GetProperty("reports").GetInt64());
        Assert.Equal(3, summary.GetProperty("byChannel").GetProperty("api").GetInt64());
        Assert.Equal(3, summary.GetProperty("byCategory").GetProperty("harassment").GetInt64());
        Assert.Equal(3, summary.GetProperty("byCarrier").GetProperty("china_mobile").GetInt64());
        Assert.Equal(3, summary.GetProperty("byProvince").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(1, summary.GetProperty("casesByState").GetProperty("forwarded").GetInt32());
        Assert.Equal(1, summary.GetProperty("hoursToForward").GetProperty("count").GetInt32());
        Assert.Equal(0, summary.GetProperty("hoursToAct").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Days_before_the_reports_count_nothing()
    {
        var summary = await world.Client(Identity.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/stats/summary?from=2026-11-01&to=2026-11-29", TestContext.Current.CancellationToken);

        Assert.Equal(0, summary.GetProperty("reports").GetInt64());
        Assert.Empty(summary.GetProperty("casesByState").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("hoursToForward").GetProperty("p50").ValueKind);
    }

    [Theory]
    [InlineData("from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("from=2024-01-01&to=2026-11-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=9999-12-30&to=9999-12-31", "from")]
    [InlineData("from=9999-12-30&to=9999-12-31", "to")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("to=0001-01-01", "to")]
    [InlineData("from=0001-01-01&to=0001-01-02", "from")]
    [InlineData("from=1999-12-31&to=2000-01-05", "from")]
    public async Task A_bad_range_is_refused_naming_the_field(string query, string field)
    {
        var response = await world.Client(Identity.Analyst).GetAsync($"/api/v1/stats/summary?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_first_days_the_calendar_counts_are_a_period()
    {
        // The 30 days before 2000-01-05 would begin in 1999: the default start stops at the first day.
        var summary = await world.Client(Identity.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/stats/summary?to=2000-01-05", TestContext.Current.CancellationToken);

        Assert.Equal("2000-01-01", summary.GetProperty("from").GetString());
        Assert.Equal(0, summary.GetProperty("reports").GetInt64());
    }
}
