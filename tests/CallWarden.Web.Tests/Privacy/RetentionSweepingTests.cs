using CallWarden.Data.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Tests.Privacy;

/// <summary>The sweep of <c>serve</c> applies the retention policy the deployment names; a bad one stops the start.</summary>
public sealed class RetentionSweepingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callwarden-web-retention-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Each_sweep_round_removes_what_the_configured_policy_no_longer_keeps()
    {
        var policy = Path.Combine(_folder, "retention.conf");
        await File.WriteAllTextAsync(policy, "decision-log = 1d\nraw-payloads = 180d\nclosed-case-reporters = 2y\nevidence-after-case = 1y\n", Ct);
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Privacy:RetentionFile"] = policy });
        await using (var db = api.Open())
        {
            db.DecisionLog.Add(Entry("old", TestApi.Start.AddDays(-1).AddSeconds(-1)));
            db.DecisionLog.Add(Entry("new", TestApi.Start.AddDays(-1)));
            await db.SaveChangesAsync(Ct);
        }

        await api.Get<Sweeps>().RunOnceAsync(Ct);

        await using var read = api.Open();
        Assert.Equal(["new"], await read.DecisionLog.Select(d => d.DecisionId).ToListAsync(Ct));
        Assert.Equal("decision-log=1 raw-payloads=0 closed-case-reporters=0 evidence-after-case=0", (await read.PrivacyAudit.SingleAsync(Ct)).Detail);
    }

    [Fact]
    public async Task A_bad_policy_file_stops_the_start_naming_the_setting_and_the_key()
    {
        var policy = Path.Combine(_folder, "retention.conf");
        await File.WriteAllTextAsync(policy, "decision-log = 1d\nraw-payloads = forever\n", Ct);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApi.StartAsync(new Dictionary<string, string?> { ["Privacy:RetentionFile"] = policy }));

        Assert.Contains($"Privacy:RetentionFile: the retention policy file {policy}, line 2: raw-payloads must be a whole number of days or years", error.Message, StringComparison.Ordinal);
    }

    private static DecisionLogEntry Entry(string id, DateTimeOffset at) =>
        new() { DecisionId = id, Subscriber = 8613700001111, Caller = 8613912345678, At = at, DecidingRule = "reputation", Reasons = "r" };
}
