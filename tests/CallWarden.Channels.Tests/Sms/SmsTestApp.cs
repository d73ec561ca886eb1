using Microsoft.Extensions.Hosting;
using CallWarden.Channels.Sms;
using CallWarden.Data;
using CallWarden.Data.Outbox;
using CallWarden.Data.Sqlite;
using CallWarden.Web;
using CallWarden.Web.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Channels.Tests.Sms;

/// <summary>The API as the executable composes it with the SMS channel on, a temporary SQLite file, a fake clock and a fake Kannel.</summary>
internal sealed class SmsTestApp : IAsyncDisposable
{
    public const string Secret = "kannel-shared-secret-1234";

    /// <summary>Monday 2026-11-30 10:00 in China.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private readonly string _file;

    private SmsTestApp(WebApplication app, FakeTimeProvider time, FakeKannel kannel, string file)
    {
        App = app;
        Time = time;
        Kannel = kannel;
        _file = file;
        Http = app.GetTestClient();
    }

    public WebApplication App { get; }

    public FakeTimeProvider Time { get; }

    public FakeKannel Kannel { get; }

    public HttpClient Http { get; }

    public SmsOutbox Outbox => App.Services.GetRequiredService<SmsOutbox>();

    public static async Task<SmsTestApp> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var file = Path.Combine(Path.GetTempPath(), "callwarden-channels-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var time = new FakeTimeProvider(Start);
        var kannel = new FakeKannel();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Channels:Sms:Enabled"] = "true",
            ["Channels:Sms:Secret"] = Secret,
            ["Channels:Sms:SendSmsUrl"] = "http://kannel.test:13013/cgi-bin/sendsms",
            ["Channels:Sms:Username"] = "callwarden",
            ["Channels:Sms:Password"] = "sendsms-pw",
            ["Channels:Sms:DeliveryReportUrl"] = "http://callwarden.test/sms/dlr",
            ["Channels:Sms:PollInterval"] = "1.00:00:00",
            ["Web:ReportsPerMinutePerAddress"] = "100000",
        });
        if (extra is not null)
        {
            builder.Configuration.AddInMemoryCollection(extra);
        }

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddCallWardenSqlite($"Data Source={file}");
        builder.AddCallWardenWeb();
        builder.AddCallWardenScreening();
        builder.AddCallWardenSms();

        // The worker must not race the tests: they run the outbox themselves (a woken worker would
        // claim a row the test is about to send).
        foreach (var worker in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SmsOutboxWorker)).ToList())
        {
            builder.Services.Remove(worker);
        }
        builder.Services.AddSingleton(sp => new KannelSendSms(new HttpClient(kannel), sp.GetRequiredService<SmsChannelOptions>()));
        var app = builder.Build();
        app.MapCallWardenWeb();
        app.MapCallWardenScreening();
        app.MapCallWardenSms();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await app.StartAsync();
        return new SmsTestApp(app, time, kannel, file);
    }

    public Task<HttpResponseMessage> MoAsync(string from, string to, string text, string id, string secret = Secret) =>
        Http.GetAsync($"/sms/mo?secret={Uri.EscapeDataString(secret)}&from={Uri.EscapeDataString(from)}&to={to}&text={Uri.EscapeDataString(text)}&ts=1796000000&id={id}&coding=0&charset=UTF-8&smsc=FAKE",
            TestContext.Current.CancellationToken);

    public async Task<List<OutboxMessage>> OutboxRowsAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<T> DbAsync<T>(Func<CallWardenDbContext, Task<T>> query)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
