using CallWarden.Cli;
using CallWarden.Core.Cases;
using CallWarden.Data.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallWarden.Hosting;

/// <summary>
/// The case deadlines <c>serve</c> works with, for the CLI verbs that judge deadlines (<c>report-month</c>):
/// the same configuration sources (appsettings.json beside the executable, the environment, the
/// context's settings) and the same registration (<see cref="StoreServices.AddCallWardenStoreServices"/>),
/// so that the shell's overdue list is the desk's.
/// </summary>
internal static class ConfiguredDeadlines
{
    /// <exception cref="OptionsValidationException">A "Deadlines" setting is out of range; the message names its key.</exception>
    public static CaseDeadlines Read(CliContext context)
    {
        var builder = CliHost.CreateBuilder(context);

        builder.Services.AddCallWardenStoreServices();
        using var host = builder.Build();
        return host.Services.GetRequiredService<CaseDeadlines>();
    }
}
