using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallWarden.Data.Composition;

/// <summary>
/// The one way every area binds its settings (issue #12 part 1): from a configuration section,
/// checked at start by the type's own <c>Validate()</c>, so a bad value stops the process with its
/// key named. Registering the same type again from another area is harmless.
/// </summary>
public static class ValidatedOptions
{
    public static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, string section, Func<T, IReadOnlyList<string>> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>>(new OptionsProblems<T>(validate)));
        return services;
    }
}
