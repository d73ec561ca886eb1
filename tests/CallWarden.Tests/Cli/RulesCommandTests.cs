using System.Text.Json;
using CallWarden.Core.Screening;
using CallWarden.Data;
using CallWarden.Data.Decisions;
using CallWarden.Data.Sqlite;

namespace CallWarden.Tests.Cli;

public sealed class RulesCommandTests : IDisposable
{
    private const string Subscriber = "13800138000";

    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-rules-").FullName;

    private string Db => Path.Combine(_folder, "rules.db");

    [Fact]
    public void Added_entries_are_listed_canonical_and_removed_by_any_written_form()
    {
        var block = CliRun.Of("rules", "add", "--subscriber", Subscriber, "--pattern", "0755*", "--disposition", "busy", "--note", "中介", "--db", Db);
        var allow = CliRun.Of("rules", "add", "--subscriber", Subscriber, "--pattern", "0755-8888 9999", "--allow", "--note", "dentist", "--db", Db);
        var table = CliRun.Of("rules", "list", "--subscriber", Subscriber, "--db", Db);
        var removed = CliRun.Of("rules", "remove", "--subscriber", "+86" + Subscriber, "--pattern", "+86755*", "--db", Db);
        var json = CliRun.Of("rules", "list", "--subscriber", Subscriber, "--json", "--db", Db);

        Assert.Equal([0, 0, 0, 0, 0], new[] { block.ExitCode, allow.ExitCode, table.ExitCode, removed.ExitCode, json.ExitCode });
        Assert.Contains("version 2", allow.Error, StringComparison.Ordinal);
        var rows = table.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.Matches(@"^\+86755\*\s+prefix\s+block\s+busy\s+never\s+中介", rows[1]);
        Assert.Matches(@"^\+8675588889999\s+exact\s+allow\s+allow\s+never\s+dentist", rows[2]);
        var rules = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(3, rules.GetProperty("version").GetInt64());
        Assert.Equal("+8675588889999", Assert.Single(rules.GetProperty("entries").EnumerateArray()).GetProperty("pattern").GetString());
    }

    [Theory]
    [InlineData("abc*", "--block", "letters")]
    [InlineData("*", "--block", "every number")]
    [InlineData("0755*", "--disposition=label", "unknown --disposition 'label'")]
    [InlineData("0755*", "--expires=yesterday", "not an ISO 8601 time")]
    [InlineData("0755*", "--expires=2020-01-01T00:00:00Z", "not in the future")]
    public void Bad_input_exits_2_with_one_line_naming_it(string pattern, string option, string expected)
    {
        var run = CliRun.Of("rules", "add", "--subscriber", Subscriber, "--pattern", pattern, option, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_bad_subscriber_or_a_missing_entry_exits_2()
    {
        var badNumber = CliRun.Of("rules", "list", "--subscriber", "hello", "--db", Db);
        var missing = CliRun.Of("rules", "remove", "--subscriber", Subscriber, "--pattern", "+234*", "--db", Db);
        var both = CliRun.Of("rules", "add", "--subscriber", Subscriber, "--pattern", "+234*", "--allow", "--block", "--db", Db);

        Assert.Equal([2, 2, 2], new[] { badNumber.ExitCode, missing.ExitCode, both.ExitCode });
        Assert.Contains("not a phone number", badNumber.Error, StringComparison.Ordinal);
        Assert.Contains("no entry +234*", missing.Error, StringComparison.Ordinal);
        Assert.Contains("exclude each other", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_over_a_calls_file_shows_that_0755_would_block_the_dentist()
    {
        var calls = Path.Combine(_folder, "calls.csv");
        File.WriteAllLines(calls, ["caller,time", "0755 8888 9999,2026-11-20T10:00:00+08:00", "13912340000,2026-11-21T10:00:00+08:00"]);

        var run = CliRun.Of("rules", "dry-run", "--subscriber", Subscriber, "--pattern", "0755*", "--block", "--calls", calls, "--db", Db);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("2026-11-20 02:00  0755 8888 9999", line, StringComparison.Ordinal);
        Assert.Contains("allow -> reject", line, StringComparison.Ordinal);
        Assert.Contains("+86755*", line, StringComparison.Ordinal);
        Assert.Contains("1 of 2 calls", run.Error, StringComparison.Ordinal);
        Assert.Contains("version 0", CliRun.Of("rules", "list", "--subscriber", Subscriber, "--db", Db).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_without_calls_replays_the_decision_log_as_JSON()
    {
        Assert.Equal(0, CliRun.Of("rules", "list", "--subscriber", Subscriber, "--db", Db).ExitCode);
        using (var db = new CallWardenDbContext(SqliteStorage.Options($"Data Source={Db}")))
        {
            db.DecisionLog.AddRange(Logged(8675588889999, CliRun.DefaultNow.AddDays(-2)), Logged(8613912340000, CliRun.DefaultNow.AddDays(-1)), Logged(8675500000000, CliRun.DefaultNow.AddDays(-40)));
            db.SaveChanges();
        }

        var run = CliRun.Of("rules", "dry-run", "--subscriber", Subscriber, "--pattern", "0755*", "--disposition", "powered_off", "--json", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        var change = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
        Assert.Equal("+8675588889999", change.GetProperty("caller").GetString());
        Assert.Equal("powered_off", change.GetProperty("proposed").GetString());
        Assert.Contains("1 of 2 calls", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calls_file_with_a_bad_line_exits_2_naming_the_line()
    {
        var calls = Path.Combine(_folder, "bad.csv");
        File.WriteAllLines(calls, ["0755 8888 9999,2026-11-20T10:00:00+08:00", "13912340000;tuesday"]);

        var run = CliRun.Of("rules", "dry-run", "--subscriber", Subscriber, "--pattern", "0755*", "--calls", calls, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static DecisionLogEntry Logged(long caller, DateTimeOffset at) => new()
    {
        DecisionId = $"d-{caller}",
        Subscriber = 8613800138000,
        Caller = caller,
        At = at,
        Action = Disposition.Allow,
        SipCode = 200,
        DecidingRule = "default",
        Reasons = "no rule decided",
    };
}
