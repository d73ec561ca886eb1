namespace CallWarden.Tests.Cli;

public sealed class KeysCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-keys-").FullName;

    private string Db => Path.Combine(_folder, "keys.db");

    [Fact]
    public void A_new_key_is_printed_once_on_stdout_and_only_its_hash_is_stored()
    {
        var run = CliRun.Of("keys", "create", "--name", "kamailio", "--scope", "screen", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        var secret = run.Output.Trim();
        Assert.StartsWith("cw_", secret, StringComparison.Ordinal);
        Assert.Contains("shown only this once", run.Error, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(_folder, "keys.db*"))
        {
            var stored = File.ReadAllBytes(file).AsSpan();
            Assert.Equal(-1, stored.IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)));
            Assert.Equal(-1, stored.IndexOf(System.Text.Encoding.UTF8.GetBytes(secret[3..])));
        }
    }

    [Theory]
    [InlineData("--scope", "everything", "unknown scope")]
    [InlineData("--role", "king", "unknown role")]
    [InlineData("--carrier", "vodafone", "unknown carrier")]
    public void Bad_options_exit_2_naming_the_value(string option, string value, string expected)
    {
        string[] args = option == "--scope"
            ? ["keys", "create", "--name", "k", option, value, "--db", Db]
            : ["keys", "create", "--name", "k", "--scope", "screen", option, value, "--db", Db];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
