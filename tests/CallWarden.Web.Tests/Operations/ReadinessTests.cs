using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Data.Feed;
using CallWarden.Data.Screening;
using CallWarden.Web.Screening;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallWarden.Web.Tests.Operations;

/// <summary><c>/healthz</c> and <c>/readyz</c> through HTTP (issue #12 part 5).</summary>
public sealed class ReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_answers_live_to_anyone_without_asking_the_store()
    {
        await using var api = await TestApi.StartAsync();
        using var anonymous = api.Anonymous();
        GoneStore(api);
        try
        {
            var response = await anonymous.GetAsync("/healthz", Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("live", await response.Content.ReadAsStringAsync(Ct));
        }
        finally
        {
            BackStore(api);
        }
    }

    [Fact]
    public async Task Readyz_is_ready_once_started()
    {
        await using var api = await TestApi.StartAsync();
        await api.Get<CommunityFollower>().EnsureLoadedAsync();
        using var anonymous = api.Anonymous();

        var (status, checks) = await ReadyAsync(anonymous);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["feed", "snapshot", "store"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("healthy", c.Value.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Readyz_names_the_store_when_the_store_cannot_be_opened_and_says_nothing_of_where_it_is()
    {
        await using var api = await TestApi.StartAsync();
        await api.Get<CommunityFollower>().EnsureLoadedAsync();
        using var anonymous = api.Anonymous();
        GoneStore(api);
        try
        {
            var response = await anonymous.GetAsync("/readyz", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("unhealthy", checks.GetProperty("store").GetProperty("status").GetString());
            Assert.Equal("the store did not answer", checks.GetProperty("store").GetProperty("detail").GetString());
            Assert.Equal("healthy", checks.GetProperty("snapshot").GetProperty("status").GetString());
            Assert.DoesNotContain(Path.GetFileName(api.DatabaseFile), body, StringComparison.Ordinal);
            Assert.DoesNotContain("Data Source", body, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            BackStore(api);
        }
    }

    [Fact]
    public async Task Readyz_names_the_snapshot_until_it_is_built()
    {
        await using var api = await TestApi.StartAsync(services: WithoutFollowing);
        using var anonymous = api.Anonymous();

        var (before, checks) = await ReadyAsync(anonymous);
        await api.Get<CommunityFollower>().LoadAsync(Ct);
        var (after, _) = await ReadyAsync(anonymous);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before);
        Assert.Equal("unhealthy", checks.GetProperty("snapshot").GetProperty("status").GetString());
        Assert.Equal("the community snapshot is not built yet", checks.GetProperty("snapshot").GetProperty("detail").GetString());
        Assert.Equal("healthy", checks.GetProperty("store").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task Readyz_names_the_feed_while_the_snapshot_stays_behind_the_store_longer_than_the_bound()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Readiness:MaxFeedLag"] = "00:00:05" }, WithoutFollowing);
        var follower = api.Get<CommunityFollower>();
        await follower.LoadAsync(Ct);
        using var anonymous = api.Anonymous();
        await using (var db = api.Open())
        {
            // What a verification on another node writes: the number's reputation changed.
            ChangeFeed.Append(db, ChangeKind.Reputation, 8613912345678, new { state = "labelled", score = 72 }, api.Time.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }

        var (justBehind, _) = await ReadyAsync(anonymous);
        api.Time.Advance(TimeSpan.FromSeconds(6));
        var (tooLong, checks) = await ReadyAsync(anonymous);
        await follower.CatchUpAsync(Ct);
        var (caughtUp, _) = await ReadyAsync(anonymous);

        Assert.Equal(HttpStatusCode.OK, justBehind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tooLong);
        Assert.Equal("unhealthy", checks.GetProperty("feed").GetProperty("status").GetString());
        Assert.Contains("behind for 6 s", checks.GetProperty("feed").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, caughtUp);
    }

    /// <summary>No background follower: the test builds and catches up the snapshot itself.</summary>
    private static void WithoutFollowing(IServiceCollection services)
    {
        var following = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CommunityFollowing));
        services.Remove(following);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Checks)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/readyz", Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (response.StatusCode, body.GetProperty("checks"));
    }

    /// <summary>The store's file becomes a directory: no connection can open it (the pool is emptied first).</summary>
    private static void GoneStore(TestApi api)
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { api.DatabaseFile, api.DatabaseFile + "-wal", api.DatabaseFile + "-shm" }.Where(File.Exists))
        {
            File.Move(path, path + ".away");
        }

        Directory.CreateDirectory(api.DatabaseFile);
    }

    private static void BackStore(TestApi api)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(api.DatabaseFile);
        foreach (var path in new[] { api.DatabaseFile, api.DatabaseFile + "-wal", api.DatabaseFile + "-shm" }.Where(p => File.Exists(p + ".away")))
        {
            File.Move(path + ".away", path);
        }
    }
}
