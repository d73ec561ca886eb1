using CallWarden.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallWarden.Hosting;

/// <summary>
/// The host of a CLI verb that needs the server's settings: the same configuration sources as
/// <c>serve</c> (appsettings.json beside the executable, the environment, the context's settings),
/// without logging; built and asked for services, never started.
/// </summary>
internal static class CliHost
{
    public static HostApplicationBuilder CreateBuilder(CliContext context)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (context.Settings is { } settings)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        return builder;
    }
}
