namespace CallWarden.Bench;

/// <summary>The 1, 5 and 15 minute load averages as <c>/proc/loadavg</c> gives them.</summary>
internal static class LoadAverage
{
    public static string Now() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "?";
}
