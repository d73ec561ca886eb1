using System.Diagnostics;
using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Screening;

/// <summary>
/// CallWarden nodes (two unless told) on one PostgreSQL database behind one Kamailio (deploy/kamailio/kamailio.cfg
/// with all of them in its dispatcher list), SIPp as the phones, all on loopback with fixed ports.
/// </summary>
internal sealed class KamailioNodesStack : IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private RunningProcess? _answeringPhone;
    private int _nextCallerPort;
    private string _screenKey = string.Empty;

    private KamailioNodesStack(int basePort, int nodes, PostgresDatabase database)
    {
        _database = database;
        Nodes = [.. Enumerable.Range(0, nodes).Select(i => NodeOn(basePort + 3000 + i, database))];
        Proxy = new KamailioProxy(basePort, basePort + 10);
        _nextCallerPort = basePort + 100;
    }

    public IReadOnlyList<CallWardenServer> Nodes { get; }

    public KamailioProxy Proxy { get; }

    public string Sipp { get; private set; } = string.Empty;

    /// <summary>basePort: SIP port of Kamailio; +10 the answering phone, +100… the callers, +3000, +3001… the nodes' HTTP.</summary>
    public static async Task<KamailioNodesStack> StartAsync(int basePort, int nodes = 2)
    {
        var kamailio = RequiredTool.Find("kamailio", "kamailio kamailio-utils-modules kamailio-json-modules");
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        var stack = new KamailioNodesStack(basePort, nodes, await PostgresDatabase.CreateAsync()) { Sipp = sipp };
        try
        {
            foreach (var node in stack.Nodes)
            {
                await node.StartAsync(); // one after the other: the first creates the schema
            }

            var screenKey = await stack.Nodes[0].KeyAsync("kamailio", "client", ["screen"]);
            stack._screenKey = screenKey;
            foreach (var node in stack.Nodes)
            {
                await node.WarmScreeningAsync(screenKey);
            }

            await stack.Proxy.StartAsync(kamailio, [.. stack.Nodes.Select(n => n.Port)], screenKey);
            stack._answeringPhone = SippCall.StartAnsweringPhone(sipp, stack.Proxy.DownstreamPort);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync(); // a failed start must not leave nodes holding the test's ports
            throw;
        }
    }

    /// <summary>
    /// Places one call; Node is the index of the node whose decision counter rose (-1 when none did), StartedAt
    /// the <see cref="Stopwatch"/> timestamp taken just before SIPp was started.
    /// </summary>
    public async Task<(bool Passed, int Node, string Output, long StartedAt)> CallAsync(string caller, string callee, string expectScenario)
    {
        var before = await ScreenedAsync();
        var startedAt = Stopwatch.GetTimestamp();
        var (passed, output) = await SippCall.CallAsync(Sipp, Proxy.SipPort, caller, callee, expectScenario, Interlocked.Increment(ref _nextCallerPort));
        var node = -1;
        for (var attempt = 0; attempt < 30 && node < 0; attempt++)
        {
            var after = await ScreenedAsync();
            node = Enumerable.Range(0, Nodes.Count).FirstOrDefault(i => after[i] is { } a && before[i] is { } b && a > b, -1);
            if (node < 0)
            {
                await Task.Delay(100);
            }
        }

        return (passed, node, $"{output}\n--- kamailio ---\n{Tail(Proxy.Log)}", startedAt);
    }

    /// <summary>A steady load of calls through Kamailio from one SIPp (<see cref="SippLoad"/>).</summary>
    public Task<SippLoadResult> LoadAsync(IReadOnlyList<(string Caller, string Callee)> calls, string scenario, int rate, int count) =>
        SippLoad.RunAsync(Sipp, Proxy.SipPort, calls, scenario, Interlocked.Increment(ref _nextCallerPort), rate, count);

    public async ValueTask DisposeAsync()
    {
        _answeringPhone?.Dispose();
        Proxy.Dispose();
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>What a node answers Kamailio for this call, asked directly (a decision on its counter like any other).</summary>
    public Task<string> ScreenAsync(int node, string caller, string callee) => Nodes[node].ScreenAsync(_screenKey, caller, callee);

    /// <summary>Warms a (re)started node's screening path before Kamailio's 1 s budget meets it (<see cref="CallWardenServer.WarmScreeningAsync"/>).</summary>
    public Task WarmAsync(int node) => Nodes[node].WarmScreeningAsync(_screenKey);

    /// <summary>Each node's decision count; null for a node that is down.</summary>
    public async Task<long?[]> ScreenedAsync()
    {
        var counts = new long?[Nodes.Count];
        for (var i = 0; i < Nodes.Count; i++)
        {
            try
            {
                counts[i] = await Nodes[i].ScreenedAsync();
            }
            catch (HttpRequestException)
            {
                counts[i] = null;
            }
        }

        return counts;
    }

    /// <summary>
    /// A node whose first load of a callee's rules may take up to 900 ms (the default 300 ms, then 503): on a
    /// CI machine running at a load of 10–17 on two cores a cold load passed 300 ms on both nodes and the call
    /// failed open. This test is about where calls go, so the nodes get the time Kamailio's 1 s budget allows.
    /// </summary>
    private static CallWardenServer NodeOn(int port, PostgresDatabase database) =>
        new(port, environment: new Dictionary<string, string> { ["Screen__RulesLoadTimeout"] = "00:00:00.900" }, database: database.ConnectionString);

    private static string Tail(string log) => log.Length <= 4000 ? log : log[^4000..];
}
