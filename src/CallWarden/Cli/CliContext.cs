namespace CallWarden.Cli;

/// <summary>Where a verb writes and what time it is; tests pass their own writers and clock.</summary>
/// <param name="Interactive">Output goes to a terminal: progress bars are drawn, not logged.</param>
/// <param name="Settings">
/// Configuration that overrides appsettings.json and the environment (tests set per run what an
/// operator sets with <c>Screening__…</c> variables); read by <c>serve</c> and the verbs that decide alike.
/// </param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, TimeProvider Time, bool Interactive = false, IReadOnlyDictionary<string, string?>? Settings = null);
