using CallWarden.Data.Composition;
using CallWarden.Voice.Hosting;
using CallWarden.Voice.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CallWarden.Voice;

/// <summary>
/// The voice area when <c>Channels:Voice:Enabled</c> is true: its options (checked at start, naming
/// the key) and the SIP service. The <see cref="Calls.ICallRouter"/> that decides what each call hears
/// comes from the container: the report line registers it, the executable composes both.
/// </summary>
public static class VoiceArea
{
    public static IHostApplicationBuilder AddCallWardenVoice(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.GetValue<bool>($"{VoiceOptions.Section}:{nameof(VoiceOptions.Enabled)}"))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddValidatedOptions<VoiceOptions>(VoiceOptions.Section, o => o.Validate());
        services.AddVoiceReportLine();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<VoiceSipService>();
        services.AddHostedService(sp => sp.GetRequiredService<VoiceSipService>());
        return builder;
    }
}
