using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Intake;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Sms;

/// <summary>
/// Registers the SMS channel when <c>Channels:Sms:Enabled</c> is true: the MO endpoint's handler, the
/// grammar (section <c>SmsGrammar</c>), and the outbox sender. Bad settings stop the start with a
/// message naming each key.
/// </summary>
public static class SmsChannel
{
    public static WebApplicationBuilder AddSmsChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SmsChannelOptions.Section).Get<SmsChannelOptions>() ?? new SmsChannelOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        var grammar = builder.Configuration.GetSection(SmsGrammarOptions.SectionName).Get<SmsGrammarOptions>() ?? new SmsGrammarOptions();
        var problems = options.Validate().Concat(grammar.Validate()).ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(SmsChannelOptions.Section, typeof(SmsChannelOptions), problems);
        }

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddReporterLimits();
        services.AddSingleton(options);
        services.AddSingleton(sp => new SmsCommandParser(sp.GetRequiredService<TimeProvider>(), grammar));
        services.AddSingleton<SmsOutboxSignal>();
        services.AddSingleton<SmsSubscriberCommands>();
        services.AddSingleton(sp => new SmsMoHandler(
            sp.GetRequiredService<SmsCommandParser>(), sp.GetRequiredService<ReportIntake>(), sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(),
            sp.GetRequiredService<SmsSubscriberCommands>(), sp.GetRequiredService<SmsOutboxSignal>(),
            sp.GetRequiredService<ReporterLimits>(), sp.GetRequiredService<IOptions<ReporterLimitsOptions>>(), sp.GetRequiredService<TimeProvider>()));
        // One client for the process; pooled connections are renewed so a moved Kannel is found again.
        services.AddSingleton(_ => new KannelSendSms(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.SendTimeout }, options));
        services.AddSingleton(sp => new SmsOutbox(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<KannelSendSms>(),
            options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SmsOutbox>>()));
        services.AddHostedService<SmsOutboxWorker>();
        return builder;
    }
}
