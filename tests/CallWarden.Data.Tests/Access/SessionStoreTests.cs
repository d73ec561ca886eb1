using CallWarden.Data.Access;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Access;

public sealed class SessionStoreTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_session_in_use_slides_and_one_left_unused_ends_at_its_lifetime(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var sessions = new SessionStore(store.Contexts, store.Time);
        var used = await sessions.StartAsync("user:ana", Lifetime, TestContext.Current.CancellationToken);
        var idle = await sessions.StartAsync("user:ana", Lifetime, TestContext.Current.CancellationToken);

        for (var i = 0; i < 4; i++)
        {
            store.Time.Advance(TimeSpan.FromHours(7));
            Assert.True(await sessions.IsOpenAsync(used, Lifetime, TestContext.Current.CancellationToken), $"used after {7 * (i + 1)} h");
        }

        Assert.False(await sessions.IsOpenAsync(idle, Lifetime, TestContext.Current.CancellationToken));
        store.Time.Advance(Lifetime);
        Assert.False(await sessions.IsOpenAsync(used, Lifetime, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Ending_all_sessions_of_a_subject_leaves_the_others_open(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var sessions = new SessionStore(store.Contexts, store.Time);
        var ana = await sessions.StartAsync("user:ana", Lifetime, TestContext.Current.CancellationToken);
        var ana2 = await sessions.StartAsync("user:ana", Lifetime, TestContext.Current.CancellationToken);
        var bob = await sessions.StartAsync("user:bob", Lifetime, TestContext.Current.CancellationToken);

        Assert.Equal(2, await sessions.EndAllAsync("user:ana", "disabled", TestContext.Current.CancellationToken));

        Assert.False(await sessions.IsOpenAsync(ana, Lifetime, TestContext.Current.CancellationToken));
        Assert.False(await sessions.IsOpenAsync(ana2, Lifetime, TestContext.Current.CancellationToken));
        Assert.True(await sessions.IsOpenAsync(bob, Lifetime, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Only_a_hash_of_the_token_is_stored_and_tokens_are_never_reused(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var sessions = new SessionStore(store.Contexts, store.Time);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(tokens.Add(await sessions.StartAsync("phone:+8613912345678", Lifetime, TestContext.Current.CancellationToken)));
        }

        await using var db = store.Open();
        var hashes = await db.Sessions.Select(s => s.TokenHash).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(hashes, h => Assert.Equal(32, h.Length));
        Assert.DoesNotContain(hashes, h => tokens.Contains(Convert.ToBase64String(h)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("forged")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("ＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡ")]
    public async Task A_token_the_store_did_not_issue_opens_and_ends_nothing(string? token)
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var sessions = new SessionStore(store.Contexts, store.Time);

        Assert.False(await sessions.IsOpenAsync(token, Lifetime, TestContext.Current.CancellationToken));
        Assert.False(await sessions.EndAsync(token, "logout", TestContext.Current.CancellationToken));
    }
}
