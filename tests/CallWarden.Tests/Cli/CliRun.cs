using CallWarden.Cli;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Tests.Cli;

/// <summary>Runs the CLI in process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(8));

    public static CliRun Of(params string[] args) => With(null, args);

    /// <param name="settings">Configuration as an operator sets it in appsettings.json or <c>Section__Key</c> variables.</param>
    public static CliRun With(IReadOnlyDictionary<string, string?>? settings, params string[] args) => At(DefaultNow, settings, args);

    /// <param name="now">What time the verb takes it to be.</param>
    /// <param name="settings">As for <see cref="With"/>.</param>
    /// <param name="args">The verb and its arguments.</param>
    public static CliRun At(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLineApp.Run(args, new CliContext(output, error, new FakeTimeProvider(now), Settings: settings));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
