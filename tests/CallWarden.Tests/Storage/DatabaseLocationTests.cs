using CallWarden.Data.Storage;
using CallWarden.Storage;

namespace CallWarden.Tests.Storage;

public sealed class DatabaseLocationTests
{
    [Theory]
    [InlineData(null, StorageProvider.Sqlite, "Data Source=data/callwarden.db")]
    [InlineData("  ", StorageProvider.Sqlite, "Data Source=data/callwarden.db")]
    [InlineData("/var/lib/callwarden/cw.db", StorageProvider.Sqlite, "Data Source=/var/lib/callwarden/cw.db")]
    [InlineData("Data Source=x.db;Cache=Shared", StorageProvider.Sqlite, "Data Source=x.db;Cache=Shared")]
    [InlineData("Host=127.0.0.1;Database=cw;Username=u;Password=p", StorageProvider.Postgres, "Host=127.0.0.1;Database=cw;Username=u;Password=p")]
    public void The_db_option_names_a_SQLite_file_or_a_PostgreSQL_connection(string? value, StorageProvider provider, string connection)
    {
        Assert.Equal(new DatabaseLocation(provider, connection), DatabaseLocation.Parse(value));
    }

    [Fact]
    public void The_description_never_shows_the_password()
    {
        var text = DatabaseLocation.Parse("Host=db;Database=cw;Username=u;Password=secret").ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("Host=db", text, StringComparison.Ordinal);
    }
}
