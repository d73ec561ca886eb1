namespace CallWarden.Cli;

/// <summary>Where a verb writes and what time it is; tests pass their own writers and clock.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, TimeProvider Time);
