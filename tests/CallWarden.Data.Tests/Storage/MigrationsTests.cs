using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Storage;

public sealed class MigrationsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Migrations_apply_and_match_the_model(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.Open();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add for both providers");
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Instants_come_back_as_the_same_UTC_instant(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        var china = new DateTimeOffset(2026, 11, 28, 14, 30, 0, TimeSpan.FromHours(8));
        await using (var db = store.Open())
        {
            db.Reporters.Add(new Data.Reports.Reporter { Identity = "a", CreatedAt = china });
            db.Reporters.Add(new Data.Reports.Reporter { Identity = "b", CreatedAt = china.AddTicks(-10) });
            await db.SaveChangesAsync(ct);
        }

        await using var read = store.Open();
        var ordered = await read.Reporters.OrderBy(r => r.CreatedAt).ToListAsync(ct);
        Assert.Equal(["b", "a"], ordered.Select(r => r.Identity));
        Assert.Equal(china, ordered[1].CreatedAt);
        Assert.Equal(TimeSpan.Zero, ordered[1].CreatedAt.Offset);
        Assert.Equal("a", (await read.Reporters.SingleAsync(r => r.CreatedAt > china.AddTicks(-5), ct)).Identity);
    }
}
