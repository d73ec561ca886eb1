using CallWarden.Data.Access;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Access;

public sealed class AccessRoleTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Every_role_is_stored_by_its_name_and_read_back(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        var roles = Enum.GetValues<AccessRole>();
        await using (var db = store.Open())
        {
            db.Users.AddRange(roles.Select(r => new UserAccount { Login = r.ToString(), LoginKey = UserAccount.KeyOf(r.ToString()), PasswordHash = "-", Role = r, CreatedAt = store.Time.GetUtcNow() }));
            await db.SaveChangesAsync(ct);
        }

        await using var read = store.Open();
        var stored = await read.Database.SqlQueryRaw<string>("""SELECT "Role" AS "Value" FROM users""").ToListAsync(ct);
        var users = await read.Users.AsNoTracking().ToListAsync(ct);

        Assert.Equal(roles.Select(r => r.ToString()).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.All(users, u => Assert.Equal(u.Login, u.Role.ToString()));
        Assert.Contains(users, u => u.Role == AccessRole.PoliceLiaison);
        Assert.Contains(users, u => u.Role == AccessRole.Reporter);
    }
}
