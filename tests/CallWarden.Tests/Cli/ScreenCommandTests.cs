namespace CallWarden.Tests.Cli;

public sealed class ScreenCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-screen-").FullName;

    private string Db => Path.Combine(_folder, "screen.db");

    [Fact]
    public void An_unknown_caller_is_allowed_with_the_default_reason()
    {
        var run = CliRun.Of("screen", "--caller", "13800000001", "--callee", "13912345678", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("allow (SIP 200) by default", run.Output, StringComparison.Ordinal);
        Assert.Contains("* default → allow:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_every_reason_of_a_labelled_international_call_at_night()
    {
        var run = CliRun.Of("screen", "--caller", "+81312345678", "--callee", "13912345678", "--attest", "C", "--at", "2026-11-29T23:30:00+08:00", "--json", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("label", root.GetProperty("action").GetString());
        var rules = root.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("rule").GetString()).ToList();
        Assert.Contains("international_call", rules);
        Assert.Contains("stir_shaken", rules);
    }

    [Fact]
    public void A_withheld_number_is_judged_as_anonymous()
    {
        var run = CliRun.Of("screen", "--caller", "13800000001", "--callee", "13912345678", "--presentation", "restricted", "--json", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"rule\":\"default\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verb_decides_with_the_servers_screening_settings()
    {
        // The screening area reads Screening:* as serve does (issue #12 part 1); it used to build an engine with defaults.
        var bank = new Dictionary<string, string?> { ["Screening:CriticalServices:0"] = "95555" };

        var configured = CliRun.With(bank, "screen", "--caller", "95555", "--callee", "13912345678", "--db", Db);
        var defaults = CliRun.Of("screen", "--caller", "95555", "--callee", "13912345678", "--db", Db);

        Assert.StartsWith("allow (SIP 200) by critical_service", configured.Output, StringComparison.Ordinal);
        Assert.StartsWith("allow (SIP 200) by default", defaults.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_screening_setting_is_refused_naming_its_key_as_serve_refuses_it()
    {
        var run = CliRun.With(new Dictionary<string, string?> { ["Screening:RepeatCallWindow"] = "-00:05:00" }, "screen", "--caller", "13800000001", "--callee", "13912345678", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Screening:RepeatCallWindow", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--callee", "nobody", "is not a phone number")]
    [InlineData("--at", "yesterday", "is not an ISO 8601 time")]
    [InlineData("--presentation", "hidden", "must be allowed, restricted or unavailable")]
    [InlineData("--attest", "D", "must be A, B or C")]
    public void Bad_input_exits_2_with_one_line(string option, string value, string expected)
    {
        List<string> args = ["screen", "--caller", "13800000001", "--callee", "13912345678", "--db", Db];
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = CliRun.Of([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
