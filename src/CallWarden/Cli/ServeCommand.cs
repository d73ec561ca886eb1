using System.CommandLine;
using CallWarden.Data;
using CallWarden.Demo;
using CallWarden.Hosting;
using CallWarden.Storage;
using CallWarden.Web;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden serve [--db …] [--urls …] [--demo]</c>: the main job. Creates or migrates the store,
/// optionally loads the demo data (printing its passwords once), and serves the API until stopped.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static Command Create(CliContext context)
    {
        var db = DatabaseOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:8080 (several separated by ';')", DefaultValueFactory = _ => DefaultUrls };
        var demo = new Option<bool>("--demo") { Description = "Load the demo data set (3,000 reports over 90 days, cases in every state, staff logins) into an empty store" };
        var command = new Command("serve", "Run CallWarden: the HTTP API, the background sweeps, on SQLite (default) or PostgreSQL.") { db, urls, demo };
        command.SetAction((parsed, ct) => RunAsync(context, parsed.GetValue(db), parsed.GetValue(urls)!, parsed.GetValue(demo), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? dbOption, string urls, bool demo, CancellationToken cancellationToken)
    {
        var location = DatabaseLocation.Parse(dbOption);
        var builder = ServerComposition.CreateBuilder(urls, context.Settings);
        builder.Services.AddSingleton(context.Time);
        var showCodes = demo && !builder.Configuration.GetValue<bool>("Channels:Sms:Enabled");
        if (showCodes)
        {
            // The demo has no SMS gateway: one-time codes appear on the page in a marked demo banner. Never otherwise.
            builder.Configuration["Web:Verification:ShowCodes"] = "true";
        }

        location.Register(builder.Services);
        ServerComposition.AddAreas(builder);
        await using var app = builder.Build();

        var contexts = app.Services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
        await using (var migrating = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await migrating.Database.MigrateAsync(cancellationToken);
        }

        context.Output.WriteLine($"callwarden: store {location} is ready");
        if (showCodes)
        {
            context.Output.WriteLine("callwarden: demo without an SMS gateway: one-time codes are shown on the page instead of being sent");
        }

        if (demo)
        {
            await LoadDemoAsync(context, app.Services, cancellationToken);
        }

        ServerComposition.MapAreas(app);
        await app.StartAsync(cancellationToken);
        context.Output.WriteLine($"callwarden: serving {urls} (the public site at /, the API under /api/v1, OpenAPI at /openapi/v1.json); Ctrl+C stops");
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }

    private static async Task LoadDemoAsync(CliContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var demo = ActivatorUtilities.CreateInstance<DemoData>(services);
        var accounts = await demo.LoadAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            context.Output.WriteLine("callwarden: the store already holds reports; demo data not loaded again");
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Output), Ansi = context.Interactive ? AnsiSupport.Detect : AnsiSupport.No });
        var table = new Table().Title("demo logins (shown once; POST /api/v1/access/login)").AddColumns("login", "role", "carrier", "password");
        foreach (var account in accounts)
        {
            table.AddRow(account.Login, account.Role.ToString(), account.Carrier == Core.Numbers.Carrier.Unknown ? "" : account.Carrier.ToString(), account.Password);
        }

        console.Write(table);
        context.Output.WriteLine($"callwarden: demo data loaded ({demo.ReportCount:N0} reports)");
    }
}
