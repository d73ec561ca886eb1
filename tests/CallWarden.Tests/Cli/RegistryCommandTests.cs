using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Data.Registry;
using CallWarden.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Tests.Cli;

public sealed class RegistryCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-registry-").FullName;

    private string Db => Path.Combine(_folder, "registry.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> SeedAsync(BusinessLineKind kind = BusinessLineKind.Marketing, bool approve = true)
    {
        await using var database = await CliDatabase.OpenAsync(Db, Ct);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var businesses = new BusinessRegistry(database.Contexts, time);
        var id = await businesses.ApplyAsync(
            new CheckedApplication(new BusinessName("某某贷款"), "91350100M000100Y43", "王经理", 861012345678, null, [new RegisteredLine(8613800138999, 0, kind, MarketingCategories.Loans)]), "web", DisplayLanguage.ZhHans, Ct);
        if (approve)
        {
            await businesses.ApproveAsync(id, "user:root", Ct);
        }

        await new RefusalRegistry(database.Contexts, time).ChangeAsync(8613912345678, MarketingCategories.All, MarketingCategories.None, "sms", null, null, Ct);
        return id;
    }

    [Fact]
    public async Task A_list_is_scrubbed_against_the_store_to_standard_output_and_the_scrub_is_logged()
    {
        var id = await SeedAsync();
        var list = Path.Combine(_folder, "list.csv");
        await File.WriteAllTextAsync(list, "number\n13600136000\n139 1234 5678\nxyz\n", Ct);

        var run = CliRun.Of("registry", "scrub", list, "--business", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("line,number,problem\n3,+8613912345678,\n4,,not_a_number\n", run.Output);
        Assert.Contains("scrubbed 3 rows for B1: 1 may not be called, 1 held no number", run.Error, StringComparison.Ordinal);
        await using var database = await CliDatabase.OpenAsync(Db, Ct);
        await using var db = await database.Contexts.CreateDbContextAsync(Ct);
        var logged = await db.Scrubs.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((id, "cli", 3L, 1L, 1L), (logged.BusinessId, logged.Through, logged.NumbersIn, logged.NumbersOut, logged.BadRows));
    }

    [Fact]
    public async Task The_answer_goes_to_the_file_given_with_out()
    {
        var id = await SeedAsync();
        var list = Path.Combine(_folder, "list.csv");
        var answer = Path.Combine(_folder, "answer.csv");
        await File.WriteAllTextAsync(list, "13912345678\r\n", Ct);

        var run = CliRun.Of("registry", "scrub", list, "--business", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", answer, "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("line,number,problem\n1,+8613912345678,\n", await File.ReadAllTextAsync(answer, Ct));
    }

    [Fact]
    public async Task A_missing_list_or_a_business_without_an_approved_marketing_registration_exits_2()
    {
        var waiting = await SeedAsync(approve: false);
        var list = Path.Combine(_folder, "list.csv");
        await File.WriteAllTextAsync(list, "13912345678\n", Ct);

        var missing = CliRun.Of("registry", "scrub", Path.Combine(_folder, "nope.csv"), "--business", "1", "--db", Db);
        var unapproved = CliRun.Of("registry", "scrub", list, "--business", waiting.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db);

        Assert.Equal((2, 2), (missing.ExitCode, unapproved.ExitCode));
        Assert.Contains("no file", missing.Error, StringComparison.Ordinal);
        Assert.Contains("has no approved marketing registration", unapproved.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scrub_key_is_made_by_the_CLI_only_for_a_business_with_an_approved_marketing_registration()
    {
        var approved = await SeedAsync();
        var waiting = await SeedAsync(approve: false);
        string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var made = CliRun.Of("keys", "create", "--name", "lender", "--scope", "registry:scrub", "--business", Id(approved), "--db", Db);
        var unapproved = CliRun.Of("keys", "create", "--name", "lender", "--scope", "registry:scrub", "--business", Id(waiting), "--db", Db);
        var unbound = CliRun.Of("keys", "create", "--name", "lender", "--scope", "registry:scrub", "--db", Db);
        var needless = CliRun.Of("keys", "create", "--name", "lender", "--scope", "screen", "--business", Id(approved), "--db", Db);

        Assert.Equal(0, made.ExitCode);
        Assert.StartsWith("cw_", made.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal((2, 2, 2), (unapproved.ExitCode, unbound.ExitCode, needless.ExitCode));
        Assert.Contains("has no approved marketing registration", unapproved.Error, StringComparison.Ordinal);
        Assert.Contains("--business <id>", unbound.Error, StringComparison.Ordinal);
        Assert.Contains("add --scope registry:scrub", needless.Error, StringComparison.Ordinal);
        await using var database = await CliDatabase.OpenAsync(Db, Ct);
        await using var db = await database.Contexts.CreateDbContextAsync(Ct);
        var key = await db.ApiKeys.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((approved, "registry:scrub"), (key.BusinessId, key.Scopes));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
