using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Composition;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Sms;

/// <summary>
/// The SMS area when <c>Channels:Sms:Enabled</c> is true: the MO endpoint's handler, the grammar
/// (section <c>SmsGrammar</c>) and the outbox sender, over the store's shared services. Its settings
/// are bound and checked at start like every other area's (a bad one stops the start naming its key).
/// </summary>
public static class SmsChannel
{
    public static IHostApplicationBuilder AddCallWardenSms(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Whether the area exists at all is decided here; every other setting is read through the options.
        if (!builder.Configuration.GetValue<bool>($"{SmsChannelOptions.Section}:{nameof(SmsChannelOptions.Enabled)}"))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddCallWardenStoreServices();
        services.AddValidatedOptions<SmsChannelOptions>(SmsChannelOptions.Section, o => o.Validate());
        services.AddValidatedOptions<SmsGrammarOptions>(SmsGrammarOptions.SectionName, o => o.Validate());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SmsChannelOptions>>().Value);
        services.AddSingleton(sp => new SmsCommandParser(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<SmsGrammarOptions>>().Value));
        services.AddSingleton<SmsOutboxSignal>();
        services.AddSingleton<SmsSubscriberCommands>();
        services.AddSingleton<SmsPrivacyCommands>();
        services.AddSingleton(sp => new SmsMoHandler(
            sp.GetRequiredService<SmsCommandParser>(), sp.GetRequiredService<ReportIntake>(), sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(),
            sp.GetRequiredService<SmsSubscriberCommands>(), sp.GetRequiredService<SmsPrivacyCommands>(), sp.GetRequiredService<SmsOutboxSignal>(),
            sp.GetRequiredService<ReporterLimits>(), sp.GetRequiredService<IOptions<ReporterLimitsOptions>>(), sp.GetRequiredService<TimeProvider>()));
        // One client for the process; pooled connections are renewed so a moved Kannel is found again.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<SmsChannelOptions>();
            return new KannelSendSms(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.SendTimeout }, options);
        });
        services.AddSingleton(sp => new SmsOutbox(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<KannelSendSms>(),
            sp.GetRequiredService<SmsChannelOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SmsOutbox>>()));
        services.AddHostedService<SmsOutboxWorker>();
        return builder;
    }
}
