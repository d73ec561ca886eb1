using CallWarden.Data.Tests.Storage;
using CallWarden.Data.Verification;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Verification;

public sealed class PhoneChallengeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_challenge_comes_back_with_its_salt_hash_and_instants(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        var salt = Enumerable.Range(1, PhoneChallenge.SaltLength).Select(i => (byte)i).ToArray();
        var hash = Enumerable.Range(100, PhoneChallenge.HashLength).Select(i => (byte)i).ToArray();
        await using (var db = store.Open())
        {
            db.PhoneChallenges.Add(new PhoneChallenge
            {
                Phone = 8613912345678, Purpose = "my_report", Salt = salt, CodeHash = hash, CreatedAt = now, ExpiresAt = now.AddMinutes(10), ClientAddress = "2001:db8::1",
            });
            await db.SaveChangesAsync(Ct);
        }

        await using var read = store.Open();
        var stored = await read.PhoneChallenges.SingleAsync(c => c.Phone == 8613912345678 && c.Purpose == "my_report" && c.CreatedAt <= now, Ct);
        Assert.Equal(salt, stored.Salt);
        Assert.Equal(hash, stored.CodeHash);
        Assert.Equal(now.AddMinutes(10), stored.ExpiresAt);
        Assert.Null(stored.ConsumedAt);
        Assert.Equal(0, stored.Attempts);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_second_issuer_waits_until_the_first_commits(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var first = store.Open();
        await using var firstTransaction = await first.Database.BeginTransactionAsync(Ct);
        await IssueLock.HoldAsync(first, Ct);

        var second = Task.Run(
            async () =>
            {
                await using var db = store.Open();
                await using var transaction = await db.Database.BeginTransactionAsync(Ct);
                await IssueLock.HoldAsync(db, Ct);
                await transaction.CommitAsync(Ct);
            },
            Ct);
        await Task.Delay(300, Ct);

        Assert.False(second.IsCompleted, "the second issuer went ahead while the first held the lock");
        await firstTransaction.CommitAsync(Ct);
        await second.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }
}
