using CallWarden.Voice.Calls;
using CallWarden.Voice.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallWarden.Voice.Tests.Hosting;

public sealed class VoiceAreaTests
{
    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ICallRouter>(new Router());
        return builder;
    }

    [Fact]
    public void An_area_that_is_not_enabled_registers_nothing()
    {
        var builder = Builder([]);

        builder.AddCallWardenVoice();

        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(VoiceSipService));
    }

    [Fact]
    public void A_bad_setting_stops_the_start_naming_its_key()
    {
        var builder = Builder(new() { ["Channels:Voice:Enabled"] = "true", ["Channels:Voice:Listen"] = "localhost" });
        builder.AddCallWardenVoice();
        using var host = builder.Build();

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<VoiceOptions>>().Value);

        Assert.Contains("Channels:Voice:Listen", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enabled_area_binds_its_socket_at_start_and_releases_it_at_stop()
    {
        var builder = Builder(new() { ["Channels:Voice:Enabled"] = "true", ["Channels:Voice:Listen"] = "127.0.0.1:26880", ["Channels:Voice:RtpPortMin"] = "26800", ["Channels:Voice:RtpPortMax"] = "26879", ["Channels:Voice:MaxCalls"] = "10" });
        builder.AddCallWardenVoice();
        using var host = builder.Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        var service = host.Services.GetRequiredService<VoiceSipService>();
        Assert.NotNull(service.Agent);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private sealed class Router : ICallRouter
    {
        public CallPlan Route(IncomingCall call) => new RefuseCall(404, "Not Found");
    }
}
