using CallWarden.Data.Sqlite;
using CallWarden.Voice.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallWarden.Voice.Tests.Routing;

public sealed class VoiceReportLineTests
{
    private static IHost Host(Dictionary<string, string?> settings, Calls.ICallRouter? router = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        if (router is not null)
        {
            builder.Services.AddSingleton(router);
        }

        builder.Services.AddCallWardenSqlite("Data Source=:memory:");
        builder.Services.AddVoiceReportLine();
        return builder.Build();
    }

    [Fact]
    public async Task A_server_without_rendered_prompts_does_not_start_and_says_which_command_renders_them()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cw-none-" + Guid.NewGuid().ToString("N"));
        using var host = Host(new() { ["Channels:Voice:ReportLine:PromptFolder"] = folder });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains($"run `callwarden voice prompts --folder {folder}`", error.Message);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_start_naming_its_key()
    {
        using var host = Host(new() { ["Channels:Voice:ReportLine:ServiceNumber"] = "twelve" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Channels:Voice:ReportLine:ServiceNumber", error.Message);
    }

    [Fact]
    public async Task A_router_registered_first_is_kept_and_then_no_prompts_are_needed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cw-none-" + Guid.NewGuid().ToString("N"));
        var router = new NotServed();
        using var host = Host(new() { ["Channels:Voice:ReportLine:PromptFolder"] = folder }, router);

        await host.StartAsync(TestContext.Current.CancellationToken);

        Assert.Same(router, host.Services.GetRequiredService<Calls.ICallRouter>());
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private sealed class NotServed : Calls.ICallRouter
    {
        public Calls.CallPlan Route(Calls.IncomingCall call) => new Calls.RefuseCall(404, "Not Found");
    }
}
