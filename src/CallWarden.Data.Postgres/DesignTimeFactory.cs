using Microsoft.EntityFrameworkCore.Design;

namespace CallWarden.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --project src/CallWarden.Data.Postgres</c> build the model; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CallWardenDbContext>
{
    public CallWardenDbContext CreateDbContext(string[] args) =>
        new(PostgresStorage.Options("Host=127.0.0.1;Username=callwarden;Password=design-time;Database=callwarden"));
}
