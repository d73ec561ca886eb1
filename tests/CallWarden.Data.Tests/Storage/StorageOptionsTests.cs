using CallWarden.Data.Storage;

namespace CallWarden.Data.Tests.Storage;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Sqlite_needs_no_connection_string() => Assert.Empty(new StorageOptions().Validate());

    [Fact]
    public void Postgres_without_a_connection_string_names_the_key() =>
        Assert.StartsWith("Storage:ConnectionString", Assert.Single(new StorageOptions { Provider = StorageProvider.Postgres }.Validate()), StringComparison.Ordinal);

    [Fact]
    public void Unknown_provider_names_the_key() =>
        Assert.StartsWith("Storage:Provider", Assert.Single(new StorageOptions { Provider = (StorageProvider)7 }.Validate()), StringComparison.Ordinal);
}
