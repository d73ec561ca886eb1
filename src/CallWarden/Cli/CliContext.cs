namespace CallWarden.Cli;

/// <summary>Where a verb writes and what time it is; tests pass their own writers and clock.</summary>
/// <param name="Interactive">Output goes to a terminal: progress bars are drawn, not logged.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, TimeProvider Time, bool Interactive = false);
