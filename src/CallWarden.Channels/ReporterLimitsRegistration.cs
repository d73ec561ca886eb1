using CallWarden.Data.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallWarden.Channels;

/// <summary>
/// The per-reporter limit every channel shares (section <c>ReporterLimits</c>): each area that takes
/// reports registers it with TryAdd, so whichever areas the executable composes share one counter.
/// </summary>
internal static class ReporterLimitsRegistration
{
    public static IServiceCollection TryAddReporterLimits(this IServiceCollection services)
    {
        services.AddOptions<ReporterLimitsOptions>().BindConfiguration(ReporterLimitsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReporterLimitsOptions>, ReporterLimitsOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReporterLimits>();
        return services;
    }
}
