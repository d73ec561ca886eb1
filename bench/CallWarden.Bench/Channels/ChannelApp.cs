using CallWarden.Channels.Mail;
using CallWarden.Data;
using CallWarden.Data.Sqlite;
using CallWarden.Web;
using CallWarden.Web.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallWarden.Bench.Channels;

/// <summary>
/// The API as <c>callwarden serve</c> composes it (AddCallWardenWeb, the mail channel, a SQLite file),
/// hosted in this process on Kestrel, with the settings given.
/// </summary>
internal sealed class ChannelApp : IAsyncDisposable
{
    private readonly string _folder;

    private ChannelApp(WebApplication app, string folder)
    {
        App = app;
        _folder = folder;
    }

    public WebApplication App { get; }

    public static async Task<ChannelApp> StartAsync(int httpPort, Dictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("callwarden-bench-channels-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}");
        // One log line per message would measure the console, not the channel.
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Web:ReportsPerMinutePerAddress"] = "1000000",
            ["Evidence:Folder"] = Path.Combine(folder, "evidence"),
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCallWardenSqlite($"Data Source={Path.Combine(folder, "callwarden.db")}");
        builder.AddCallWardenWeb();
        builder.AddCallWardenScreening();
        builder.AddCallWardenMail();
        var app = builder.Build();
        app.MapCallWardenWeb();
        app.MapCallWardenScreening();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await app.StartAsync();
        return new ChannelApp(app, folder);
    }

    public async Task<int> ReportsAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync();
        return await db.Reports.CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
