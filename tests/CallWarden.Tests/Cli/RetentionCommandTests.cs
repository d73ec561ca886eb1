using CallWarden.Data.Decisions;
using CallWarden.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Tests.Cli;

public sealed class RetentionCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-retention-").FullName;

    private string Db => Path.Combine(_folder, "retention.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_dry_run_lists_each_kind_with_its_oldest_ids_and_changes_nothing_and_the_run_removes_them()
    {
        await DecisionsAsync(CliRun.DefaultNow.AddDays(-31), CliRun.DefaultNow.AddDays(-40), CliRun.DefaultNow.AddDays(-29));

        var dry = CliRun.Of("retention", "--dry-run", "--db", Db, "--evidence", _folder);

        Assert.True(dry.ExitCode == 0, dry.Error);
        var lines = dry.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("decision-log: 2 would go (before 2026-10-30 02:00 UTC; oldest ids 1, 2)", lines[0]);
        Assert.StartsWith("raw-payloads: 0 would go (before 2026-06-02 02:00 UTC)", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("closed-case-reporters: 0 would go", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("evidence-after-case: 0 would go", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("Dry run: nothing was changed", lines[4], StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync());

        var run = CliRun.Of("retention", "--db", Db, "--evidence", _folder);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("decision-log: 2 removed", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_policy_file_of_the_operator_s_own_is_used()
    {
        await DecisionsAsync(CliRun.DefaultNow.AddDays(-8));
        var policy = Path.Combine(_folder, "short.conf");
        await File.WriteAllTextAsync(policy, "decision-log = 7d\nraw-payloads = 30d\nclosed-case-reporters = 1y\nevidence-after-case = 30d\n", TestContext.Current.CancellationToken);

        var dry = CliRun.Of("retention", "--dry-run", "--policy", policy, "--db", Db);

        Assert.StartsWith("decision-log: 1 would go (before 2026-11-22 02:00 UTC; oldest ids 1)", dry.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decision-log = 30d\nraw-payloads = half a year\n", "line 2: raw-payloads must be a whole number of days or years")]
    [InlineData("decision-logs = 30d\n", "line 1: decision-logs is no retention key")]
    [InlineData("decision-log = 30d\n", "raw-payloads is missing")]
    public async Task A_bad_policy_file_is_one_line_naming_its_key_and_exit_code_2(string text, string message)
    {
        var policy = Path.Combine(_folder, "bad.conf");
        await File.WriteAllTextAsync(policy, text, TestContext.Current.CancellationToken);

        var run = CliRun.Of("retention", "--dry-run", "--policy", policy, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"callwarden: the retention policy file {policy}, {message}", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(File.Exists(Db), "nothing is opened under a bad policy");
    }

    private async Task DecisionsAsync(params DateTimeOffset[] at)
    {
        await using var database = await CliDatabase.OpenAsync(Db, TestContext.Current.CancellationToken);
        await using var db = await database.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        foreach (var (instant, i) in at.Select((a, i) => (a, i)))
        {
            db.DecisionLog.Add(new DecisionLogEntry { DecisionId = "d" + i, Subscriber = 8613700001111, Caller = 8613912345678, At = instant, DecidingRule = "reputation", Reasons = "r" });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync()
    {
        await using var database = await CliDatabase.OpenAsync(Db, TestContext.Current.CancellationToken);
        await using var db = await database.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.DecisionLog.CountAsync(TestContext.Current.CancellationToken);
    }
}
