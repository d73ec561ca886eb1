using CallWarden.Data;
using CallWarden.Data.Composition;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Data.Registry;
using CallWarden.Voice.Announcements;
using CallWarden.Voice.Calls;
using CallWarden.Voice.Prompts;
using CallWarden.Voice.ReportLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Voice.Routing;

/// <summary>
/// The half of the voice service that decides what a call hears: the <see cref="ICallRouter"/>, the
/// report line, the announcements and the prompt library they speak from (section
/// <c>Channels:Voice:ReportLine</c>). The prompt folder is checked when the host starts, so a server
/// without rendered prompts stops at once with the command that renders them.
/// </summary>
public static class VoiceReportLine
{
    /// <summary>Called by the voice area (<c>AddCallWardenVoice</c>) once it decided the voice service is on.</summary>
    public static IServiceCollection AddVoiceReportLine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCallWardenStoreServices();
        services.AddValidatedOptions<ReportLineOptions>(ReportLineOptions.Section, o => o.Validate());
        services.AddSingleton(sp => PromptLibrary.Load(sp.GetRequiredService<IOptions<ReportLineOptions>>().Value.PromptFolder, PromptTexts.Shipped));
        services.AddSingleton(sp => new ReportLineServices(
            sp.GetRequiredService<PromptLibrary>(),
            sp.GetRequiredService<ReportIntake>(),
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(),
            sp.GetRequiredService<RefusalRegistry>(),
            sp.GetRequiredService<ConsentLedger>(),
            sp.GetRequiredService<ReporterLimits>(),
            sp.GetRequiredService<IOptions<ReportLineOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("CallWarden.Voice.ReportLine")));
        services.AddSingleton(sp => new ReportLineScript(sp.GetRequiredService<ReportLineServices>()));
        services.AddSingleton(sp => new BlockedCallAnnouncements(sp.GetRequiredService<PromptLibrary>()));
        // TryAdd: a router registered before (the protocol half's tests' own) is kept, and then nothing here is loaded.
        services.TryAddSingleton<ICallRouter>(sp => new CallRouter(
            sp.GetRequiredService<IOptions<ReportLineOptions>>().Value, sp.GetRequiredService<ReportLineScript>(), sp.GetRequiredService<BlockedCallAnnouncements>()));
        services.AddHostedService<PromptCheck>();
        return services;
    }

    /// <summary>
    /// Makes the router while the host starts, which loads the prompts: a missing or stale folder fails the
    /// start, not the first call.
    /// </summary>
    private sealed class PromptCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<ICallRouter>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
