using CallWarden.Data;
using CallWarden.Data.Sqlite;
using CallWarden.Voice.Calls;
using CallWarden.Voice.ReportLine;
using CallWarden.Voice.Routing;
using CallWarden.Voice.Tests.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Voice.Tests.ReportLine;

/// <summary>
/// The report line as <c>serve</c> composes it (<see cref="VoiceReportLine.AddVoiceReportLine"/>) over a
/// migrated SQLite store in a temporary folder and the prompts rendered by espeak-ng.
/// </summary>
internal sealed class ReportLineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder = Directory.CreateTempSubdirectory("cw-voice-").FullName;

    private ReportLineHarness(RenderedPrompts prompts, IDictionary<string, string?>? settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ReportLineOptions.Section}:{nameof(ReportLineOptions.PromptFolder)}"] = prompts.Folder,
            ["Evidence:Folder"] = Path.Combine(_folder, "evidence"),
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddCallWardenSqlite($"Data Source={Path.Combine(_folder, "voice.db")}")
            .AddVoiceReportLine()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Contexts = _services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
    }

    /// <summary>Saturday 28 November 2026, 14:30 in China.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 6, 30, 0, TimeSpan.Zero));

    public IDbContextFactory<CallWardenDbContext> Contexts { get; }

    public ICallRouter Router => _services.GetRequiredService<ICallRouter>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static async Task<ReportLineHarness> CreateAsync(RenderedPrompts prompts, IDictionary<string, string?>? settings = null)
    {
        prompts.Require();
        var harness = new ReportLineHarness(prompts, settings);
        await using var db = await harness.Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return harness;
    }

    /// <summary>Routes the call as the protocol half does and runs the report line on it.</summary>
    public async Task<ScriptedCall> CallAsync(string? caller, string answers, string dialled = "12321")
    {
        var call = new ScriptedCall(caller, answers, dialled);
        var plan = Assert.IsType<AnswerCall>(Router.Route(call.Invite));
        await plan.Script.RunAsync(call, TestContext.Current.CancellationToken);
        return call;
    }

    public CallWardenDbContext Db() => Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
