using CallWarden.Channels.Mail;
using CallWarden.Channels.Sms;
using CallWarden.Voice;
using CallWarden.Web;
using CallWarden.Web.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CallWarden.Hosting;

/// <summary>
/// The server as <c>callwarden serve</c> ships it — its configuration sources, logging defaults and
/// areas — in one place, so that the HTTP benchmarks measure exactly this composition and not a
/// slimmed copy (issue #12 parts 1 and 6). The caller registers a store between
/// <see cref="CreateBuilder"/> and <see cref="AddAreas"/>.
/// </summary>
internal static class ServerComposition
{
    /// <summary>ASP.NET Core's log categories that write a request's URL or a redirect's target at Information.</summary>
    private static readonly string[] UrlWritingCategories =
    [
        "Microsoft.AspNetCore.Http.Result.RedirectResult",
        "Microsoft.AspNetCore.Http.Result.LocalRedirectResult",
        "Microsoft.AspNetCore.Mvc.Infrastructure",
        "Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure",
        "System.Net.Http.HttpClient",
    ];

    private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Settings from appsettings.json beside the executable and the environment (<c>Web__…</c>), and the logging defaults.</summary>
    /// <param name="settings">Configuration over both (<see cref="Cli.CliContext.Settings"/>).</param>
    public static WebApplicationBuilder CreateBuilder(string urls, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseUrls(urls);
        // Every SQL statement at Information would bury the service's own log lines.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // Four Information lines per request (hosting, routing, endpoint) cost about half of a cheap
        // request's CPU and grow the log by gigabytes under load (issue #12): requests log at Warning.
        // Configuration (Logging__LogLevel__Microsoft.AspNetCore=Information) turns them back on.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Logging.AddFilter("CallWarden.Web.RequestLog", LogLevel.Warning);
        }

        // These write whole URLs — Kannel's secret and senders' numbers in query strings, subscribers'
        // numbers in paths — so they stay off at any level; CallWarden.Web.RequestLog writes each
        // request's route instead (issue #9 item 3).
        foreach (var category in UrlWritingCategories)
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }

        // Hosting's own category writes URLs too, and while it logs at any level at all, hosting gives
        // every request an Activity and a log scope (its id and path) whether anything reads them or
        // not — a few microseconds of each screening (issue #12 part 6). A failed request is still
        // logged by Kestrel and the exception handler under their own names, and a failure to start
        // is thrown out of `serve`.
        builder.Logging.AddFilter(HostingCategory, LogLevel.None);

        return builder;
    }

    /// <summary>Each area in one call; SMS, mail and voice start only when enabled under <c>Channels:*</c>.</summary>
    public static WebApplicationBuilder AddAreas(WebApplicationBuilder builder)
    {
        builder.AddCallWardenWeb();
        builder.AddCallWardenScreening();
        builder.AddCallWardenSms();
        builder.AddCallWardenMail();
        builder.AddCallWardenVoice();
        return builder;
    }

    public static WebApplication MapAreas(WebApplication app)
    {
        app.MapCallWardenWeb();
        app.MapCallWardenScreening();
        app.MapCallWardenSms();
        return app;
    }
}
