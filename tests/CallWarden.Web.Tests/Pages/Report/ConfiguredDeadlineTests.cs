namespace CallWarden.Web.Tests.Pages.Report;

/// <summary>The deadline the confirmation promises is the configured one (section "Deadlines"), not a default in code.</summary>
public sealed class ConfiguredDeadlineTests
{
    [Fact]
    public async Task The_confirmation_promises_the_configured_forwarding_deadline()
    {
        var evidence = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", "evidence-" + Guid.NewGuid().ToString("N"));
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?>(ReportSite.Settings(evidence)) { ["Deadlines:ForwardWithin"] = "5" });
        using var page = PageSession.Open(api, "en-GB");

        await ReportSite.FileAsync(page, "13800138331");

        // Received on Monday 30 November: five working days run to Monday 7 December.
        Assert.Contains("within 5 working days (by 7 December 2026).", page.Html, StringComparison.Ordinal);
    }
}
