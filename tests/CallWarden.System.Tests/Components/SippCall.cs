namespace CallWarden.System.Tests.Components;

/// <summary>SIPp as the calling phone (one call per run) and as the downstream phone that answers relayed calls.</summary>
internal static class SippCall
{
    private static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Sip", name);

    public static RunningProcess StartAnsweringPhone(string sipp, int port) =>
        RunningProcess.Start(sipp, ["-sf", Scenario("uas.xml"), "-i", "127.0.0.1", "-p", port.ToString(global::System.Globalization.CultureInfo.InvariantCulture), "-nostdin"]);

    /// <summary>Places one INVITE from <paramref name="caller"/> to <paramref name="callee"/>; true when the scenario (its expected answer) passed.</summary>
    public static async Task<(bool Passed, string Output)> CallAsync(string sipp, int proxyPort, string caller, string callee, string expectScenario, int localPort)
    {
        var inject = Path.Combine(Path.GetTempPath(), $"callwarden-sipp-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(inject, $"SEQUENTIAL\n{caller};\n");
        try
        {
            var (exit, output) = await RunningProcess.RunAsync(sipp,
            [
                $"127.0.0.1:{proxyPort}", "-sf", Scenario(expectScenario), "-inf", inject, "-s", callee,
                "-i", "127.0.0.1", "-p", localPort.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
                "-m", "1", "-r", "1", "-timeout", "20", "-timeout_error", "-nostdin", "-recv_timeout", "10000",
            ], TimeSpan.FromSeconds(40));
            return (exit == 0, output);
        }
        finally
        {
            File.Delete(inject);
        }
    }
}
