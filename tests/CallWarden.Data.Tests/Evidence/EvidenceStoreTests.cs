using System.Security.Cryptography;
using CallWarden.Core.Evidence;
using CallWarden.Data.Evidence;
using CallWarden.Data.Tests.Storage;

namespace CallWarden.Data.Tests.Evidence;

public sealed class EvidenceStoreTests : IDisposable
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cw-evidence-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_written_file_is_read_back_by_its_hash()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var evidence = new EvidenceStore(store.Contexts, _folder);
        var file = EvidenceCheck.Check("a.jpg", "image/jpeg", Jpeg, out _)!;

        await evidence.WriteFilesAsync([file], TestContext.Current.CancellationToken);

        Assert.Equal(Jpeg, await evidence.ReadAsync(Convert.ToHexStringLower(SHA256.HashData(Jpeg)), TestContext.Current.CancellationToken));
        Assert.Null(await evidence.ReadAsync(new string('0', 64), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ab/../../../../etc/shadow0000000000000000000000000000000000000000")]
    [InlineData("ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_name_that_is_not_a_hash_never_leads_into_the_folder(string? name)
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var evidence = new EvidenceStore(store.Contexts, _folder);

        Assert.False(EvidenceStore.IsSha256(name));
        Assert.Null(await evidence.ReadAsync(name, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentException>(() => evidence.PathOf(name ?? string.Empty));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
