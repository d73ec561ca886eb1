using System.Diagnostics;

namespace CallWarden.System.Tests.Screening;

/// <summary>
/// Three CallWarden nodes on one PostgreSQL store behind Kamailio's dispatcher (issue #12 part 8): what one node's
/// desk records, another node enforces on live calls within a second; and a node killed under load lets no call
/// through unscreened, the others screening every call.
/// </summary>
public sealed class ThreeNodeTests
{
    private const int BasePort = 16660;

    /// <summary>A China Mobile number, so the carrier's operator may act on it.</summary>
    private const string Caller = "13500135000";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);
    private static readonly string[] Callees = [.. Enumerable.Range(0, 12).Select(i => $"139123456{i:00}")];

    [Fact]
    public async Task A_report_on_node_1_and_a_suspension_on_node_2_make_node_3_block_the_next_call_within_a_second()
    {
        await using var stack = await KamailioNodesStack.StartAsync(BasePort, nodes: 3);
        var desks = await CaseDesks.CreateAsync(stack);

        // A callee whose calls node 3 screens; the caller still passes there before the suspension.
        string? callee = null;
        foreach (var candidate in Callees)
        {
            var call = await stack.CallAsync(Caller, candidate, "invite-expect-200.xml");
            Assert.True(call.Passed, $"before any report a call from {Caller} to {candidate} must be relayed:\n{call.Output}");
            if (call.Node == 2)
            {
                callee = candidate;
                break;
            }
        }

        Assert.True(callee is not null, "no callee of " + string.Join(", ", Callees) + " hashed to node 3:\n" + stack.Proxy.Log);
        var suspendedAt = await desks.SuspendAsync(Caller);

        // How long the suspension took to reach node 3's snapshot (LISTEN/NOTIFY), asked of node 3 directly.
        var attempts = new List<string>();
        var asked = 0;
        while (await stack.ScreenAsync(2, Caller, callee) != "reject" && Stopwatch.GetElapsedTime(suspendedAt) < Bound)
        {
            asked++;
        }

        attempts.Add($"node 3 answered reject {Milliseconds(suspendedAt, Stopwatch.GetTimestamp())} ms after the suspension, after {asked} allow answers");
        (bool Passed, int Node, string Output, long StartedAt) blocked;
        do
        {
            blocked = await stack.CallAsync(Caller, callee, "invite-expect-603.xml");
            attempts.Add($"call started {Milliseconds(suspendedAt, blocked.StartedAt)} ms after the suspension: {(blocked.Passed ? "603" : "not blocked")} (node {blocked.Node + 1})");
        }
        while (!blocked.Passed && Stopwatch.GetElapsedTime(suspendedAt) < TimeSpan.FromSeconds(10));

        var story = string.Join('\n', attempts);
        TestContext.Current.TestOutputHelper?.WriteLine(story);
        Assert.True(blocked.Passed, $"node 3 never blocked the suspended caller within 10 s:\n{story}\n{blocked.Output}");
        Assert.True(
            Stopwatch.GetElapsedTime(suspendedAt, blocked.StartedAt) <= Bound,
            $"the first blocked call started more than {Bound.TotalMilliseconds:0} ms after the suspension's answer:\n{story}\n--- kamailio ---\n{stack.Proxy.Log}");
        Assert.True(blocked.Node == 2, $"the call was blocked by node {blocked.Node + 1}, not node 3:\n{story}\n{blocked.Output}");
        var decision = KamailioDecision.BlocksIn(stack.Proxy.Log).LastOrDefault(d => d.Caller == Caller && d.Callee == callee);
        Assert.True(
            decision is { Action: "reject", Rule: "carrier_enforcement" } && decision.NodePort == stack.Nodes[2].Port,
            $"Kamailio must log node 3's carrier_enforcement reject for the call; it logged {decision}:\n{stack.Proxy.Log}");
    }

    [Fact]
    public async Task A_node_killed_under_load_lets_no_call_through_and_the_others_screen_every_call()
    {
        const int rate = 30;
        const int count = 240; // 8 s of calls; the node dies 2.5 s in
        await using var stack = await KamailioNodesStack.StartAsync(BasePort, nodes: 3);
        var desks = await CaseDesks.CreateAsync(stack);
        await desks.SuspendAsync(Caller);

        // One call to each callee: each is blocked, and its node (the hash over the callee) is known.
        var nodeOf = new Dictionary<string, int>();
        foreach (var callee in Callees)
        {
            var call = await stack.CallAsync(Caller, callee, "invite-expect-603.xml");
            Assert.True(call.Passed && call.Node >= 0, $"the suspended caller must be blocked on its way to {callee}:\n{call.Output}");
            nodeOf[callee] = call.Node;
        }

        var victim = nodeOf[Callees[0]];
        var survivors = Enumerable.Range(0, stack.Nodes.Count).Where(n => n != victim).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // the counters settle
        var before = await stack.ScreenedAsync();
        var logFrom = stack.Proxy.Log.Length;

        var load = stack.LoadAsync([.. Callees.Select(c => (Caller, c))], "load-expect-603.xml", rate, count);
        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        stack.Nodes[victim].Kill();
        var result = await load;
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var after = await stack.ScreenedAsync();

        var log = stack.Proxy.Log;
        var during = log[logFrom..];
        var decisions = KamailioDecision.BlocksIn(during);
        var byNode = stack.Nodes.Select(n => decisions.Count(d => d.NodePort == n.Port)).ToArray();
        var summary = $"node {victim + 1} killed; SIPp: {result.Successful} successful, {result.Failed} failed, {result.Retransmissions} retransmissions; "
            + $"Kamailio logged {decisions.Count} decisions ({string.Join(", ", byNode.Select((c, i) => $"node {i + 1}: {c}"))}); "
            + $"counters rose by {string.Join(", ", survivors.Select(s => $"node {s + 1}: {after[s] - before[s]}"))}; "
            + $"calls the killed node gave no answer and were asked of the next: {CountOf(during, $"NODE-DOWN sip:127.0.0.1:{stack.Nodes[victim].Port} gave no answer")}";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        var evidence = $"{summary}\n--- sipp ---\n{result.Output}\n--- kamailio ---\n{during}";

        Assert.False(log.Contains("FAIL-OPEN", StringComparison.Ordinal), "a call went through unscreened while two nodes were up:\n" + evidence);
        Assert.True(result.Failed == 0 && result.Successful == count, $"every call must end in the suspension's 603:\n{evidence}");
        Assert.True(decisions.Select(d => d.CallId).Distinct().Count() == count, $"every call must have a node's decision in Kamailio's log:\n{evidence}");

        // A node screens a call a second time only when SIPp retransmitted its INVITE before the 603 came back.
        Assert.True(decisions.Count - count <= result.Retransmissions, $"more decisions than calls and retransmissions:\n{evidence}");
        Assert.True(byNode[victim] > 0, $"node {victim + 1} must have screened calls before it was killed:\n{evidence}");
        var lastOfVictim = decisions.Select((d, i) => (d, i)).Last(x => x.d.NodePort == stack.Nodes[victim].Port).i;
        Assert.True(
            decisions.Skip(lastOfVictim + 1).Any(d => nodeOf[d.Callee] == victim),
            $"the killed node's callees must have been screened by another node after it died:\n{evidence}");
        foreach (var survivor in survivors)
        {
            // Each decision Kamailio logged is one on the node's counter; more only for answers Kamailio stopped waiting for.
            var counted = after[survivor] - before[survivor];
            var unanswered = CountOf(during, $"NODE-DOWN sip:127.0.0.1:{stack.Nodes[survivor].Port} gave no answer") + CountOf(during, $"NODE-BUSY sip:127.0.0.1:{stack.Nodes[survivor].Port}");
            Assert.True(
                counted >= byNode[survivor] && counted <= byNode[survivor] + unanswered,
                $"node {survivor + 1}'s counter rose by {counted}, Kamailio logged {byNode[survivor]} of its decisions:\n{evidence}");
        }

        Assert.True(
            survivors.Sum(s => after[s] - before[s]) + byNode[victim] >= count,
            $"the surviving nodes' counters and the killed node's logged decisions must account for every call:\n{evidence}");
    }

    private static long Milliseconds(long from, long to) => (long)Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
