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
    public async Task Wrong_codes_count_until_the_limit_and_a_challenge_is_used_once(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var now = store.Time.GetUtcNow();
        await using var db = store.Open();
        var challenge = new PhoneChallenge
        {
            Phone = 8613912345678, Purpose = "report", Salt = new byte[16], CodeHash = new byte[32], CreatedAt = now, ExpiresAt = now.AddMinutes(10), ClientAddress = "192.0.2.1",
        };
        db.PhoneChallenges.Add(challenge);
        await db.SaveChangesAsync(Ct);

        Assert.True(await PendingChallenges.TryCountWrongAsync(db, challenge.Id, attemptLimit: 2, Ct));
        Assert.True(await PendingChallenges.TryCountWrongAsync(db, challenge.Id, attemptLimit: 2, Ct));
        Assert.False(await PendingChallenges.TryCountWrongAsync(db, challenge.Id, attemptLimit: 2, Ct));
        Assert.False(await PendingChallenges.TryUseAsync(db, challenge.Id, attemptLimit: 2, now, Ct));
        Assert.True(await PendingChallenges.TryUseAsync(db, challenge.Id, attemptLimit: 3, now.AddMinutes(1), Ct));
        Assert.False(await PendingChallenges.TryUseAsync(db, challenge.Id, attemptLimit: 3, now.AddMinutes(2), Ct));
        Assert.False(await PendingChallenges.TryCountWrongAsync(db, challenge.Id, attemptLimit: 3, Ct));

        await using var read = store.Open();
        var stored = await read.PhoneChallenges.SingleAsync(Ct);
        Assert.Equal(2, stored.Attempts);
        Assert.Equal(now.AddMinutes(1), stored.ConsumedAt);
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
