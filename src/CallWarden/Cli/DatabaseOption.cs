using System.CommandLine;
using CallWarden.Storage;

namespace CallWarden.Cli;

/// <summary>The <c>--db</c> option every verb that touches the store shares.</summary>
internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"SQLite file or PostgreSQL connection string (Host=…;Database=…); default {DatabaseLocation.DefaultFile}, or $CALLWARDEN_DB",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CALLWARDEN_DB"),
    };
}
