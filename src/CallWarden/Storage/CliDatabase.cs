using CallWarden.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Storage;

/// <summary>The store a CLI verb works on: opened, migrated to the current schema, disposed with the verb.</summary>
internal sealed class CliDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliDatabase(ServiceProvider services, DatabaseLocation location)
    {
        _services = services;
        Location = location;
        Contexts = services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
    }

    public DatabaseLocation Location { get; }

    public IDbContextFactory<CallWardenDbContext> Contexts { get; }

    public static async Task<CliDatabase> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var location = DatabaseLocation.Parse(db);
        var services = location.Register(new ServiceCollection()).BuildServiceProvider();
        var database = new CliDatabase(services, location);
        await using var context = await database.Contexts.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
        return database;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
