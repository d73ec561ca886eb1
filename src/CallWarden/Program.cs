using CallWarden.Cli;

// callwarden: the command line of CallWarden. Every verb lives in Cli/<Verb>Command.cs.
return CommandLineApp.Run(args, new CliContext(Console.Out, Console.Error, TimeProvider.System, !Console.IsOutputRedirected));
