namespace CallWarden.System.Tests.Components;

/// <summary>API keys made the way an operator makes them: <c>callwarden keys create</c> against the server's store.</summary>
internal static class CliKeys
{
    /// <summary>A new key's secret (the first line the verb prints that starts with <c>cw_</c>).</summary>
    public static async Task<string> CreateAsync(Func<string[], Task<string>> cli, string name, string role, string[] scopes, string? carrier = null)
    {
        string[] carrierOption = carrier is null ? [] : ["--carrier", carrier];
        var output = await cli(["keys", "create", "--name", name, "--role", role, .. carrierOption, .. scopes.SelectMany(s => new[] { "--scope", s })]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).First(l => l.StartsWith("cw_", StringComparison.Ordinal));
    }
}
