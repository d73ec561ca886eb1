using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Screening;

/// <summary>
/// The whole call path on loopback: SIPp phone → Kamailio (deploy/kamailio/kamailio.cfg) →
/// CallWarden <c>POST /api/v1/screen</c> → Kamailio answers or relays to the SIPp answering phone.
/// Each stack gets its own fixed ports so two stacks can run side by side.
/// </summary>
internal sealed class KamailioStack : IAsyncDisposable
{
    public const string Subscriber = "13912345678";

    private RunningProcess? _answeringPhone;
    private int _nextCallerPort;

    private KamailioStack(int basePort)
    {
        Server = new CallWardenServer(basePort + 3000);
        Proxy = new KamailioProxy(basePort, basePort + 10);
        _nextCallerPort = basePort + 100;
    }

    public CallWardenServer Server { get; }

    public KamailioProxy Proxy { get; }

    public string Sipp { get; private set; } = string.Empty;

    /// <summary>basePort: SIP port of Kamailio; +10 the answering phone, +100… the callers, +3000 CallWarden's HTTP.</summary>
    public static async Task<KamailioStack> StartAsync(int basePort)
    {
        var kamailio = RequiredTool.Find("kamailio", "kamailio kamailio-utils-modules kamailio-json-modules");
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        var stack = new KamailioStack(basePort) { Sipp = sipp };
        try
        {
            await stack.Server.StartAsync();
            var screenKey = await stack.Server.KeyAsync("kamailio", "client", ["screen"]);
            await stack.Server.WarmScreeningAsync(screenKey);
            await stack.Proxy.StartAsync(kamailio, [stack.Server.Port], screenKey);
            stack._answeringPhone = SippCall.StartAnsweringPhone(sipp, stack.Proxy.DownstreamPort);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync(); // a failed start must not leave a server holding the test's ports
            throw;
        }
    }

    public async Task<(bool Passed, string Output)> CallAsync(string caller, string expectScenario)
    {
        var (passed, output) = await SippCall.CallAsync(Sipp, Proxy.SipPort, caller, Subscriber, expectScenario, Interlocked.Increment(ref _nextCallerPort));
        return (passed, $"{output}\n--- kamailio ---\n{Tail(Proxy.Log)}\n--- callwarden ---\n{Tail(Server.Log)}");
    }

    public async ValueTask DisposeAsync()
    {
        _answeringPhone?.Dispose();
        Proxy.Dispose();
        await Server.DisposeAsync();
    }

    private static string Tail(string log) => log.Length <= 4000 ? log : log[^4000..];
}
