using System.Globalization;
using CallWarden.Core.Cases;
using CallWarden.Data.Feed;
using CallWarden.Data.Intake;
using CallWarden.Data.Postgres;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CallWarden.Data.Tests.Nodes;

/// <summary>Issue #12 part 2: several nodes on one PostgreSQL store.</summary>
public sealed class TwoNodeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_nodes_taking_reports_at_once_lose_none_and_never_share_a_reference()
    {
        await using var store = await TestStore.CreateAsync("postgres");
        // Two nodes: each its own connection pool and its own single-writer intake, as two processes.
        await using var first = new ReportIntake(new PooledDbContextFactory<CallWardenDbContext>(store.Options), store.Time);
        await using var second = new ReportIntake(new PooledDbContextFactory<CallWardenDbContext>(store.Options), store.Time);
        var at = store.Time.GetUtcNow();

        // Ten numbers reported from both nodes, so the two also join and open the same numbers' cases.
        var submissions = Enumerable.Range(0, 400).Select(n => (Node: n % 2 == 0 ? first : second, Submission: Submissions.Api(at, n, Target(n % 10)))).ToList();
        var results = await Task.WhenAll(submissions.Select(s => s.Node.SubmitAsync(s.Submission, Ct)));

        Assert.All(results, r => Assert.True(r.Accepted, string.Join("; ", r.Errors)));
        var references = results.Select(r => r.Receipt!.Reference).ToList();
        Assert.Equal(400, references.Distinct(StringComparer.Ordinal).Count());
        await using var db = store.Open();
        Assert.Equal(400, await db.Reports.CountAsync(Ct));
        Assert.Equal(references.Order(StringComparer.Ordinal), (await db.Reports.Select(r => r.Reference).ToListAsync(Ct)).Order(StringComparer.Ordinal));
        var openCases = await db.Cases.Where(c => c.State == CaseState.Received).GroupBy(c => c.Number).Select(g => g.Count()).ToListAsync(Ct);
        Assert.Equal(10, openCases.Count);
        Assert.All(openCases, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_commit_that_writes_the_feed_wakes_every_listening_node_and_a_rollback_wakes_none()
    {
        await using var store = await TestStore.CreateAsync("postgres");
        using var node1 = await ListeningAsync(store);
        using var node2 = await ListeningAsync(store);

        var rolledBack = (node1.Listener.NextChange()!, node2.Listener.NextChange()!);
        await WriteFeedAsync(store, commit: false);
        await Task.Delay(300, Ct);
        Assert.False(rolledBack.Item1.IsCompleted || rolledBack.Item2.IsCompleted);

        await WriteFeedAsync(store, commit: true);
        await rolledBack.Item1.WaitAsync(TimeSpan.FromSeconds(2), Ct);
        await rolledBack.Item2.WaitAsync(TimeSpan.FromSeconds(2), Ct);
    }

    [Fact]
    public async Task A_node_whose_connection_is_cut_polls_then_listens_again()
    {
        await using var store = await TestStore.CreateAsync("postgres");
        using var node = await ListeningAsync(store);

        await using (var admin = new NpgsqlConnection(store.ConnectionString))
        {
            await admin.OpenAsync(Ct);
            await using var kill = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{PostgresFeedListener.ApplicationName}' AND datname = current_database()", admin);
            await kill.ExecuteNonQueryAsync(Ct);
        }

        await WaitUntilAsync(() => !node.Listener.IsListening);
        Assert.Null(node.Listener.NextChange());
        await WaitUntilAsync(() => node.Listener.IsListening);
        var next = node.Listener.NextChange()!;
        await WriteFeedAsync(store, commit: true);
        await next.WaitAsync(TimeSpan.FromSeconds(2), Ct);
    }

    private static string Target(int n) => "1391234" + n.ToString("0000", CultureInfo.InvariantCulture);

    private static async Task<ListeningNode> ListeningAsync(TestStore store)
    {
        var node = new ListeningNode(new PostgresFeedListener(store.ConnectionString!, TimeProvider.System, NullLogger<PostgresFeedListener>.Instance));
        await node.Listener.StartAsync(Ct);
        await WaitUntilAsync(() => node.Listener.IsListening);
        return node;
    }

    private static async Task WriteFeedAsync(TestStore store, bool commit)
    {
        await using var db = store.Open();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await ChangeFeed.LockAsync(db, Ct);
        ChangeFeed.Append(db, ChangeKind.Enforcement, 8613912345678, new { test = true }, store.Time.GetUtcNow());
        await db.SaveChangesAsync(Ct);
        if (commit)
        {
            await transaction.CommitAsync(Ct);
        }
        else
        {
            await transaction.RollbackAsync(Ct);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.True(condition(), "not within 10 s");
    }

    private sealed record ListeningNode(PostgresFeedListener Listener) : IDisposable
    {
        public void Dispose()
        {
            Listener.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            Listener.Dispose();
        }
    }
}
