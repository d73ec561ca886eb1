using CallWarden.Channels.Mail;
using CallWarden.Data;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Channels.Tests.Mail;

/// <summary>A migrated SQLite store, intake and evidence folder in a temporary directory.</summary>
internal sealed class MailTestStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cw-mail-" + Guid.NewGuid().ToString("N"));

    private MailTestStore(int reportsPerHour)
    {
        Directory.CreateDirectory(_folder);
        _services = new ServiceCollection().AddCallWardenSqlite($"Data Source={Path.Combine(_folder, "test.db")}").BuildServiceProvider();
        Contexts = _services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
        Options = new MailOptions();
        Intake = new ReportIntake(Contexts, Time);
        Evidence = new EvidenceStore(Contexts, Path.Combine(_folder, "evidence"));
        LimitOptions = Microsoft.Extensions.Options.Options.Create(new ReporterLimitsOptions { ReportsPerHour = reportsPerHour });
        Mail = new MailIntake(Intake, Evidence, Contexts, Options, new ReporterLimits(LimitOptions, Time), LimitOptions, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    public IDbContextFactory<CallWardenDbContext> Contexts { get; }

    public MailOptions Options { get; }

    public ReportIntake Intake { get; }

    public EvidenceStore Evidence { get; }

    public MailIntake Mail { get; }

    public Microsoft.Extensions.Options.IOptions<ReporterLimitsOptions> LimitOptions { get; }

    public static async Task<MailTestStore> CreateAsync(int reportsPerHour = 1000)
    {
        var store = new MailTestStore(reportsPerHour);
        await using var db = await store.Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return store;
    }

    public CallWardenDbContext Db() => Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Intake.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
