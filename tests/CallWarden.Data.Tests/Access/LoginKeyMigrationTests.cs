using CallWarden.Data.Access;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Access;

/// <summary>Issue #9 (5): logins that existed before the login key get theirs, and the key is unique.</summary>
public sealed class LoginKeyMigrationTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Existing_logins_get_their_key_and_a_case_twin_keeps_its_own(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider, "ScopedIdempotencyAndFollowTokens");
        await using (var before = store.Open())
        {
            var insert = provider == "sqlite"
                ? """INSERT INTO users ("Login", "PasswordHash", "Role", "CreatedAt") VALUES ({0}, '-', 'Analyst', 0)"""
                : """INSERT INTO users ("Login", "PasswordHash", "Role", "CreatedAt") VALUES ({0}, '-', 'Analyst', now())""";
            foreach (var login in new[] { "ana", " Bo ", "Ana" })
            {
                await before.Database.ExecuteSqlRawAsync(insert, [login], ct);
            }

            await before.Database.MigrateAsync(ct);
        }

        await using var db = store.Open();
        var keys = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Login, u.LoginKey }).ToListAsync(ct);
        Assert.Equal(["ANA", "BO", "ANA#3"], keys.Select(k => k.LoginKey));

        db.Users.Add(new UserAccount { Login = "bo", LoginKey = UserAccount.KeyOf("bo"), PasswordHash = "-", CreatedAt = store.Time.GetUtcNow() });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }
}
