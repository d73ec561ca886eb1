using System.Diagnostics;
using CallWarden.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Intake;

/// <summary>
/// An acknowledged report is durable: a probe process submits reports and prints each receipt's
/// reference; it is killed (SIGKILL) mid-stream, and every reference it printed must be stored.
/// </summary>
public sealed class ReportIntakeCrashTests
{
    [Fact]
    public async Task Every_report_acknowledged_before_a_kill_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = Path.Combine(Path.GetTempPath(), "callwarden-tests", $"crash-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var probe = Process.Start(new ProcessStartInfo("dotnet", [ProbePath(), file, "8"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        List<string> acknowledged = [];
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(TimeSpan.FromSeconds(90));
            Assert.Equal("ready", await probe.StandardOutput.ReadLineAsync(deadline.Token));
            while (acknowledged.Count < 2000 && await probe.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                acknowledged.Add(line);
            }
        }
        finally
        {
            probe.Kill(entireProcessTree: true);
        }

        // Lines already in the pipe were printed, hence acknowledged, before the kill.
        acknowledged.AddRange((await probe.StandardOutput.ReadToEndAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await probe.WaitForExitAsync(ct);
        Assert.True(acknowledged.Count >= 2000, $"the probe acknowledged only {acknowledged.Count} reports: {await probe.StandardError.ReadToEndAsync(ct)}");

        await using (var db = new CallWardenDbContext(SqliteStorage.Options($"Data Source={file}")))
        {
            var stored = (await db.Reports.Select(r => r.Reference).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var lost = acknowledged.Where(r => !stored.Contains(r)).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged reports were lost, e.g. {string.Join(", ", lost.Take(5))}");
        }

        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    /// <summary>The probe is built beside this project with the same configuration.</summary>
    private static string ProbePath()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory); // tests/CallWarden.Data.Tests/bin/<config>/<tfm>/
        var tfm = bin.Name;
        var configuration = bin.Parent!.Name;
        var tests = bin.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "CallWarden.Data.CrashProbe", "bin", configuration, tfm, "CallWarden.Data.CrashProbe.dll");
        Assert.True(File.Exists(path), $"the crash probe was not built at {path}");
        return path;
    }
}
