using System.Globalization;
using CallWarden.Voice;
using CallWarden.Voice.Calls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallWarden.System.Tests.Voice;

/// <summary>
/// The voice area as <c>callwarden serve</c> composes it (<see cref="VoiceArea.AddCallWardenVoice"/>,
/// options from configuration, the hosted UDP service), in this process with the test's router, so
/// that the protocol is tested apart from what the report line decides.
/// </summary>
internal sealed class VoiceHost : IAsyncDisposable
{
    private readonly IHost _host;

    private VoiceHost(IHost host, int sipPort)
    {
        _host = host;
        SipPort = sipPort;
    }

    public int SipPort { get; }

    public static async Task<VoiceHost> StartAsync(int sipPort, int rtpPortMin, ICallRouter router)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Channels:Voice:Enabled"] = "true",
            ["Channels:Voice:Listen"] = $"127.0.0.1:{sipPort}",
            ["Channels:Voice:RtpPortMin"] = rtpPortMin.ToString(CultureInfo.InvariantCulture),
            ["Channels:Voice:RtpPortMax"] = (rtpPortMin + 199).ToString(CultureInfo.InvariantCulture),
            ["Channels:Voice:MaxCalls"] = "100",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(router);
        builder.AddCallWardenVoice();
        var host = builder.Build();
        await host.StartAsync();
        return new VoiceHost(host, sipPort);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
