using System.Diagnostics;
using System.Net.Http.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data.Access;
using CallWarden.Data.Rules;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;

namespace CallWarden.Web.Tests.Screening;

/// <summary>The served decision log gathers decisions for <see cref="DecisionLogOptions.WriteEvery"/> and saves them in one batch.</summary>
public sealed class DecisionLogWritingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Blocked_calls_screened_together_are_written_together_after_the_gathering_time()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { ["DecisionLog:WriteEvery"] = "00:00:00.500" });
        var subscriber = PhoneNumberNormalizer.Default.Normalize("13912345678").E164;
        await using (var db = api.Open())
        {
            await SubscriberRuleStore.SaveAsync(db, subscriber, SubscriberRules.Default with { Entries = [RuleEntry.Block("+86138000000*", TestApi.Start)] }, 0, TestApi.Start, cancellationToken: Ct);
        }

        var (_, secret) = await api.Get<AccessAccounts>().CreateKeyAsync("kamailio", AccessRole.Client, [Scopes.Screen], cancellationToken: Ct);
        using var proxy = api.WithKey(secret);
        var log = api.Get<DecisionLog>();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= 3; i++)
        {
            using var answer = await proxy.PostAsJsonAsync("/api/v1/screen", new { caller = $"+861380000000{i}", callee = "13912345678", callid = $"w{i}" }, Ct);
            Assert.Equal("reject", (await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("action").GetString());
        }

        var seen = new List<long>();
        while (log.Written < 3 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            seen.Add(log.Written);
            await Task.Delay(10, Ct);
        }

        Assert.Equal(3, log.Written);
        Assert.DoesNotContain(seen, written => written is 1 or 2);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(500), $"written after {clock.Elapsed.TotalMilliseconds:0} ms");
    }
}
