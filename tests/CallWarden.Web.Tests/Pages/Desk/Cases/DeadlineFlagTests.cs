namespace CallWarden.Web.Tests.Pages.Desk.Cases;

/// <summary>The queue's flags follow the working-day calendar: a case received on Monday must be routed by Thursday.</summary>
public sealed class DeadlineFlagTests(DeskCases desk) : IClassFixture<DeskCases>
{
    [Fact]
    public async Task A_case_is_due_on_its_last_working_day_then_overdue_and_the_overdue_filter_finds_it()
    {
        var (_, id) = await desk.ReportAsync("13912345690");
        using var analyst = await desk.SignInAsync("ana");

        await analyst.GetAsync("/desk/cases?q=13912345690");
        var monday = analyst.Text;
        desk.Api.Time.Advance(TimeSpan.FromDays(3));

        // A session does not outlive days of the fake clock: sign in again as a person would the next morning.
        using var later = await desk.SignInAsync("ana");
        await later.GetAsync("/desk/cases?q=13912345690");
        var thursday = later.Text;
        await later.GetAsync("/desk/cases?overdue=true");
        var notYet = later.Html;
        desk.Api.Time.Advance(TimeSpan.FromDays(1));
        using var last = await desk.SignInAsync("ana");
        await last.GetAsync("/desk/cases?overdue=true");
        var friday = last.Text;

        Assert.Contains("by 3 December 2026", monday, StringComparison.Ordinal);
        Assert.DoesNotContain("Due today", monday, StringComparison.Ordinal);
        Assert.Contains("Due today", thursday, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/desk/cases/{id}\"", notYet, StringComparison.Ordinal);
        Assert.Contains($"href=\"/desk/cases/{id}\"", friday, StringComparison.Ordinal);
        Assert.Contains("Overdue", friday, StringComparison.Ordinal);
    }
}
