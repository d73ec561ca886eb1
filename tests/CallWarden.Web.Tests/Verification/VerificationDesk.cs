using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Sqlite;
using CallWarden.Web.Verification;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Web.Tests.Verification;

/// <summary>A <see cref="PhoneVerification"/> over a temporary SQLite store and a <see cref="FakeTimeProvider"/>, without the web host.</summary>
internal sealed class VerificationDesk : IAsyncDisposable
{
    public const string Address = "203.0.113.7";

    public static readonly PhoneNumber Mobile = PhoneNumberNormalizer.Default.Normalize("13912345678");

    private readonly string _file;

    private VerificationDesk(string file, VerificationOptions options)
    {
        _file = file;
        Contexts = new PooledDbContextFactory<CallWardenDbContext>(SqliteStorage.Options($"Data Source={file}"));
        Service = new PhoneVerification(Contexts, Time, Options.Create(options));
    }

    public FakeTimeProvider Time { get; } = new(TestApi.Start);

    public IDbContextFactory<CallWardenDbContext> Contexts { get; }

    public PhoneVerification Service { get; }

    /// <summary>The options as shipped, with the codes shown unless a test says otherwise.</summary>
    public static async Task<VerificationDesk> CreateAsync(VerificationOptions? options = null)
    {
        var file = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", $"{Guid.NewGuid():N}.db");
        var desk = new VerificationDesk(file, options ?? new VerificationOptions { ShowCodes = true });
        await using var db = desk.Open();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return desk;
    }

    public CallWardenDbContext Open() => Contexts.CreateDbContext();

    /// <summary>Issues a code for <see cref="VerificationPurposes.Report"/> and returns it; the test fails when none was sent.</summary>
    public async Task<string> CodeAsync(PhoneNumber? phone = null, string purpose = VerificationPurposes.Report, string address = Address)
    {
        var result = await Service.IssueAsync(phone ?? Mobile, purpose, address, Core.Localization.DisplayLanguage.ZhHans, TestContext.Current.CancellationToken);
        return Assert.IsType<IssueResult.Sent>(result).Code!;
    }

    public Task<VerifyResult> VerifyAsync(string? code, PhoneNumber? phone = null, string purpose = VerificationPurposes.Report) =>
        Service.VerifyAsync(phone ?? Mobile, purpose, code, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }

        return ValueTask.CompletedTask;
    }
}
