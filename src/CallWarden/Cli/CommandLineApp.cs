using System.CommandLine;

namespace CallWarden.Cli;

/// <summary>
/// Builds the verb tree and runs it. Parse errors become one line on stderr and exit code 2
/// instead of System.CommandLine's error-plus-help page, so scripts can tell bad input apart.
/// </summary>
internal static class CommandLineApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("CallWarden: report, route and screen harassment calls and spam SMS.")
        {
            NumberCommand.Create(context),
            ParseSmsCommand.Create(context),
            ImportCommand.Create(context),
            ReportCommand.Create(context),
            CasesCommand.Create(context),
            ReportMonthCommand.Create(context),
            ServeCommand.Create(context),
            KeysCommand.Create(context),
            RulesCommand.Create(context),
            ScreenCommand.Create(context),
            RegistryCommand.Create(context),
            RetentionCommand.Create(context),
            VoiceCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            context.Error.WriteLine($"callwarden: {parsed.Errors[0].Message} (see 'callwarden --help')");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error });
    }
}
