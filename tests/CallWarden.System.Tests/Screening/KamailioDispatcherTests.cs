namespace CallWarden.System.Tests.Screening;

/// <summary>
/// Kamailio's dispatcher in front of two CallWarden nodes on one PostgreSQL store (issue #12 part 3): the callee
/// picks the node, a node that dies is replaced by the next one, and only no node at all lets calls through unscreened.
/// </summary>
public sealed class KamailioDispatcherTests
{
    private const string Blocked = "13800138000";
    private const string Clean = "13600136000";
    private static readonly string[] Callees = ["13912345670", "13912345671", "13912345672", "13912345673", "13912345674", "13912345675"];

    [Fact]
    public async Task Two_nodes_screen_every_call_and_each_callee_always_reaches_the_same_node()
    {
        await using var stack = await KamailioNodesStack.StartAsync(basePort: 16060);
        await stack.Nodes[0].CliAsync("rules", "add", "--subscriber", Callees[0], "--pattern", Blocked, "--block", "--disposition", "reject");
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // the rule reaches both nodes through the change feed

        var nodeOf = new Dictionary<string, int>();
        foreach (var callee in Callees.Concat(Callees))
        {
            var call = await stack.CallAsync(Clean, callee, "invite-expect-200.xml");
            Assert.True(call.Passed, $"a clean call to {callee} must be relayed and answered:\n{call.Output}");
            Assert.True(call.Node >= 0, $"no node screened the call to {callee}:\n{call.Output}");
            Assert.Equal(nodeOf.GetValueOrDefault(callee, call.Node), call.Node);
            nodeOf[callee] = call.Node;
        }

        Assert.Equal(2, nodeOf.Values.Distinct().Count());
        var blocked = await stack.CallAsync(Blocked, Callees[0], "invite-expect-603.xml");
        Assert.True(blocked.Passed, "the subscriber's rule must block on whichever node screens:\n" + blocked.Output);
        Assert.Equal(nodeOf[Callees[0]], blocked.Node);
        AssertNoCallWentUnscreened(stack);
    }

    [Fact]
    public async Task When_a_node_dies_the_other_screens_its_callees_and_it_returns_to_rotation_when_healthy_again()
    {
        await using var stack = await KamailioNodesStack.StartAsync(basePort: 16260);
        foreach (var callee in Callees[..4])
        {
            await stack.Nodes[0].CliAsync("rules", "add", "--subscriber", callee, "--pattern", Blocked, "--block", "--disposition", "reject");
        }

        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var nodeOf = new Dictionary<string, int>();
        foreach (var callee in Callees[..4])
        {
            var call = await stack.CallAsync(Blocked, callee, "invite-expect-603.xml");
            Assert.True(call.Passed, $"{callee}'s rule must block:\n{call.Output}");
            nodeOf[callee] = call.Node;
        }

        var victim = nodeOf.First(pair => pair.Value >= 0);
        var dying = stack.Nodes[victim.Value];
        dying.Kill();

        var during = await stack.CallAsync(Blocked, victim.Key, "invite-expect-603.xml");
        Assert.True(during.Passed, "with its node dead the callee's rule must still block, on the other node:\n" + during.Output);
        Assert.Equal(1 - victim.Value, during.Node);
        AssertNoCallWentUnscreened(stack);

        await dying.StartAsync();
        await stack.WarmAsync(victim.Value);
        await WaitForAsync(() => stack.Proxy.Log.Contains("NODE-UP", StringComparison.Ordinal), "Kamailio's /healthz probe to bring the node back:\n" + stack.Proxy.Log);
        var after = await stack.CallAsync(Blocked, victim.Key, "invite-expect-603.xml");
        Assert.True(after.Passed, "after the restart the rule must block:\n" + after.Output);
        Assert.Equal(victim.Value, after.Node);
        AssertNoCallWentUnscreened(stack);
    }

    [Fact]
    public async Task When_every_node_is_down_Kamailio_lets_the_call_through_and_logs_fail_open()
    {
        await using var stack = await KamailioNodesStack.StartAsync(basePort: 16460);
        await stack.Nodes[0].CliAsync("rules", "add", "--subscriber", Callees[0], "--pattern", Blocked, "--block", "--disposition", "reject");
        foreach (var node in stack.Nodes)
        {
            node.Kill();
        }

        var call = await stack.CallAsync(Blocked, Callees[0], "invite-expect-200.xml");

        Assert.True(call.Passed, "with no node up the call must be relayed (fail-open):\n" + call.Output);
        Assert.Contains("FAIL-OPEN", stack.Proxy.Log, StringComparison.Ordinal);
    }

    private static void AssertNoCallWentUnscreened(KamailioNodesStack stack)
    {
        var log = stack.Proxy.Log;
        Assert.False(log.Contains("FAIL-OPEN", StringComparison.Ordinal), "a call went through unscreened although a node was up; Kamailio's log:\n" + log);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        for (var waited = 0; waited < 100 && !condition(); waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.True(condition(), "waited 10 s for " + what);
    }
}
