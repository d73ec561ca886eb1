using System.Net.Http.Headers;
using System.Net.Http.Json;
using CallWarden.Data;
using CallWarden.Data.Sqlite;
using CallWarden.Web;
using CallWarden.Web.Screening;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CallWarden.Web.Tests;

/// <summary>
/// The web and screening areas as the executable composes them — SQLite store,
/// <see cref="CallWardenWeb.AddCallWardenWeb"/>, <see cref="CallWardenWeb.MapCallWardenWeb"/> — on the test server, a temporary database file
/// and a <see cref="FakeTimeProvider"/>.
/// </summary>
internal sealed class TestApi : IAsyncDisposable
{
    /// <summary>A Monday morning in China, 10:00 (02:00 UTC).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Limits high enough that no test meets them unless it means to.</summary>
    public static readonly Dictionary<string, string?> Generous = new()
    {
        ["Web:LookupsPerMinutePerAddress"] = "100000",
        ["Web:ReportsPerMinutePerAddress"] = "100000",
        ["ReporterLimits:ReportsPerHour"] = "100000",
        ["Web:LoginsPerMinutePerAddress"] = "100000",
    };

    private readonly string _file;
    private bool _started;

    private TestApi(WebApplication app, FakeTimeProvider time, string file)
    {
        App = app;
        Time = time;
        _file = file;
    }

    public WebApplication App { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The SQLite file of the store.</summary>
    public string DatabaseFile => _file;

    public IServiceProvider Services => App.Services;

    /// <param name="services">Changes to the composition after the areas are added (a test that stops a background service).</param>
    public static async Task<TestApi> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var file = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", $"{Guid.NewGuid():N}.db");
        var time = new FakeTimeProvider(Start);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(Generous);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddCallWardenSqlite($"Data Source={file}");
        builder.AddCallWardenWeb();
        builder.AddCallWardenScreening();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapCallWardenWeb();
        app.MapCallWardenScreening();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        var api = new TestApi(app, time, file);
        try
        {
            await app.StartAsync();
            api._started = true;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }

        return api;
    }

    public HttpClient Anonymous() => App.GetTestClient();

    /// <summary>A client whose requests arrive from <paramref name="address"/> (the test server has no connection of its own).</summary>
    public HttpClient From(System.Net.IPAddress address, string? key = null)
    {
        var client = new HttpClient(App.GetTestServer().CreateHandler(http => http.Connection.RemoteIpAddress = address)) { BaseAddress = App.GetTestServer().BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        }

        return client;
    }

    public HttpClient WithKey(string key)
    {
        var client = App.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    /// <summary>Signs in through the login endpoint and returns a client that sends the session cookie.</summary>
    public async Task<HttpClient> SignInAsync(string login, string password)
    {
        using var anonymous = App.GetTestClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/access/login", new { login, password });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("callwarden=", StringComparison.Ordinal));
        var client = App.GetTestClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        return client;
    }

    public CallWardenDbContext Open() => Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>().CreateDbContext();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        // A host whose start failed (a test of start-up failures) has nothing to stop, and cannot be asked to.
        if (_started)
        {
            await App.StopAsync();
        }

        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
