using CallWarden.Data.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Mail;

/// <summary>
/// The mail area: the SMTP listener and the reply sender, bound to <c>Channels:Mail</c> (each starts
/// only when enabled there), over the store's shared services.
/// </summary>
public static class MailChannel
{
    public static IHostApplicationBuilder AddCallWardenMail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddCallWardenStoreServices();
        services.AddValidatedOptions<MailOptions>(MailOptions.Section, o => o.Validate());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value);
        services.AddSingleton<MailIntake>();
        services.AddSingleton<IReplyTransport>(sp => new MailKitTransport(sp.GetRequiredService<MailOptions>().Relay));
        services.AddHostedService<MailListener>();
        services.AddHostedService<MailReplySender>();
        return builder;
    }
}
