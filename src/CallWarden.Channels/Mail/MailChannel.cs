using CallWarden.Data;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Mail;

/// <summary>
/// Registers the mail channel: the SMTP listener and the reply sender, both bound to
/// <c>Channels:Mail</c>. Needs a store and <see cref="ReportIntake"/> registered (AddCallWardenWeb does).
/// </summary>
public static class MailChannel
{
    public static IServiceCollection AddCallWardenMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value);
        // One evidence folder for every channel and page ("Evidence:Folder"): the web composition registers the same store.
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section).ValidateOnStart();
        services.TryAddSingleton(sp => new EvidenceStore(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<IOptions<EvidenceOptions>>().Value.Folder));
        services.TryAddReporterLimits();
        services.AddSingleton<MailIntake>();
        services.AddSingleton<IReplyTransport>(sp => new MailKitTransport(sp.GetRequiredService<MailOptions>().Relay));
        services.AddHostedService<MailListener>();
        services.AddHostedService<MailReplySender>();
        return services;
    }
}
