using Microsoft.EntityFrameworkCore.Design;

namespace CallWarden.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --project src/CallWarden.Data.Sqlite</c> build the model for SQLite.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CallWardenDbContext>
{
    public CallWardenDbContext CreateDbContext(string[] args) => new(SqliteStorage.Options("Data Source=design-time.db"));
}
