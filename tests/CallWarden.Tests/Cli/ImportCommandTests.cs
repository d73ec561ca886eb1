namespace CallWarden.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private const string Header = "Company_Phone_Number,Created_Date,Violation_Date,Consumer_City,Consumer_State,Consumer_Area_Code,Subject,Recorded_Message_Or_Robocall";

    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-import-").FullName;

    private string Db => Path.Combine(_folder, "import.db");

    private string Csv(params string[] rows)
    {
        var path = Path.Combine(_folder, "complaints.csv");
        File.WriteAllLines(path, [Header, .. rows]);
        return path;
    }

    [Fact]
    public void Good_rows_are_imported_and_bad_rows_are_listed_with_their_line()
    {
        var csv = Csv(
            "4703352559,2021-07-07 00:01:15,2021-07-06 11:48:00,,California,510,No Subject Provided,",
            ",2021-07-07 00:01:20,,,,,Other,",
            "47033525,2021-07-07 00:01:25,,,,,Other,",
            "2178398804,2021-07-07 00:01:41,2021-07-07 18:17:00,Clinton,Illinois,217,Warranties  & protection plans,Y");

        var run = CliRun.Of("import", "ftc", csv, "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 imported, 0 already there, 2 skipped", run.Output, StringComparison.Ordinal);
        Assert.Contains("empty number (line 3", run.Output, StringComparison.Ordinal);
        Assert.Contains("number has the wrong length (line 4", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_the_same_file_twice_stores_nothing_new()
    {
        var csv = Csv("4703352559,2021-07-07 00:01:15,,,,,Other,", "2566445079,2021-07-07 00:02:00,,,,,Other,");

        CliRun.Of("import", "ftc", csv, "--db", Db);
        var again = CliRun.Of("import", "ftc", csv, "--db", Db);

        Assert.Contains("0 imported, 2 already there, 0 skipped", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_format_exits_2_saying_what_was_expected()
    {
        var path = Path.Combine(_folder, "numbers.csv");
        File.WriteAllLines(path, ["number", "4692576503"]);

        var run = CliRun.Of("import", "ftc", path, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not an FTC complaint file", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var run = CliRun.Of("import", "ftc", Path.Combine(_folder, "nope.csv"), "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
