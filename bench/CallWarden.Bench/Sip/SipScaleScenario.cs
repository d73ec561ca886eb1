using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>
/// <c>sip-scale [seconds] [rates…]</c> (issue #12 part 7): Kamailio with <c>deploy/kamailio/kamailio.cfg</c> and SIPp
/// as the phones, once in front of a trivial screening stub and once in front of <c>callwarden serve</c> as shipped,
/// both up at once and measured alternately at each offered rate, so that the neighbours' load hits both alike.
/// Fixed loopback ports 26060–26110.
/// </summary>
internal static class SipScaleScenario
{
    private const int StubKamailioPort = 26060;
    private const int CallWardenKamailioPort = 26062;
    private const int StubPort = 26080;
    private const int CallWardenPort = 26081;
    private const int Callees = 1_000;
    private const int Callers = 20_000;
    private static readonly SippPorts Answering = new(26070, 26071, 26110);
    private static readonly SippPorts Calling = new(26090, 26091, 26100);
    private static readonly int[] DefaultRates = [1000, 1500, 2000, 2500, 3000];

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        int[] rates = args.Length > 1 ? [.. args[1..].Select(r => int.Parse(r, CultureInfo.InvariantCulture))] : DefaultRates;
        var kamailio = Tool("kamailio", "/usr/sbin", "/usr/local/sbin");
        var sipp = Tool("sipp", "/usr/bin", "/usr/local/bin");
        if (kamailio is null || sipp is null)
        {
            await Console.Error.WriteLineAsync(
                $"sip-scale needs Kamailio 5.6 and SIPp ({(kamailio is null ? "kamailio " : string.Empty)}{(sipp is null ? "sipp " : string.Empty)}not found). On Debian 12:\n" +
                "  apt-get install -y --no-install-recommends kamailio kamailio-utils-modules kamailio-json-modules sip-tester");
            return 2;
        }

        var loadAtStart = LoadAverage.Now();
        var calls = Path.Combine(Path.GetTempPath(), $"callwarden-sip-scale-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(calls, ["SEQUENTIAL", .. Enumerable.Range(0, Callers).Select(CallLine)]);
        try
        {
            await using var stub = await ScreeningProcess.StartStubAsync(StubPort);
            await using var callWarden = await ScreeningProcess.StartCallWardenAsync(CallWardenPort);
            using var phone = AnsweringPhone.Start(sipp, Answering);
            using var stubProxy = await KamailioProxy.StartAsync(kamailio, StubKamailioPort, StubPort, Answering.Sip, stub.ApiKey);
            using var callWardenProxy = await KamailioProxy.StartAsync(kamailio, CallWardenKamailioPort, CallWardenPort, Answering.Sip, callWarden.ApiKey);
            var sides = new[] { (Proxy: stubProxy, Port: StubKamailioPort, Screening: stub), (Proxy: callWardenProxy, Port: CallWardenKamailioPort, Screening: callWarden) };

            foreach (var side in sides)
            {
                await WarmAsync(sipp, side.Port, side.Screening, calls);
            }

            Console.WriteLine($"sip-scale: {seconds} s per step, rates {string.Join(", ", rates)} calls/s, {Environment.ProcessorCount} cores, load average {loadAtStart} at the start");
            var steps = new List<SipStep>();
            var misses = sides.ToDictionary(s => s.Screening.Name, _ => 0);
            foreach (var rate in rates)
            {
                // A side that missed two rates in a row is not driven harder: its next steps would only queue.
                // (One miss is not enough on a shared machine, where a neighbour's burst can spoil one step.)
                foreach (var side in sides.Where(s => misses[s.Screening.Name] < 2))
                {
                    var step = await MeasureAsync(sipp, side.Proxy, side.Port, side.Screening, calls, rate, seconds);
                    steps.Add(step);
                    Console.WriteLine(Row(step));
                    misses[side.Screening.Name] = step.Sustained ? 0 : misses[side.Screening.Name] + 1;
                    await Task.Delay(TimeSpan.FromSeconds(1)); // Kamailio's retransmissions of a failed step die down
                }
            }

            var outOfMemory = stubProxy.OutOfMemory + callWardenProxy.OutOfMemory;
            Print(steps, loadAtStart, outOfMemory);
            var stubPeak = await stubProxy.SharedMemoryPeakAsync() / 1048576.0;
            var callWardenPeak = await callWardenProxy.SharedMemoryPeakAsync() / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Kamailio shared memory at its peak: {stubPeak:N0} MB (stub side), {callWardenPeak:N0} MB (CallWarden side) of {KamailioProxy.SharedMegabytes} MB"));
            return outOfMemory == 0 ? 0 : 1;
        }
        finally
        {
            File.Delete(calls);
        }
    }

    /// <summary>
    /// Calls through one side at 500 calls/s, a second at a time, until the screening process's JIT is done: its
    /// tiered-compilation worker used no CPU for two seconds in a row (at most 60 s; tiered compilation of the
    /// shipped server took 30–50 s under load in the screen-http bench). The first two seconds reach every callee.
    /// </summary>
    private static async Task WarmAsync(string sipp, int port, ScreeningProcess screening, string calls)
    {
        var (quiet, second, completed, placed) = (0, 0, 0L, 0L);
        var compiling = screening.CompilingSeconds;
        for (; second < 60 && (second < 2 * Callees / 500 || quiet < 2); second++)
        {
            var run = await SippRun.PlaceAsync(sipp, port, calls, 500, 1, Calling);
            (completed, placed) = (completed + run.Successful, placed + run.Placed);
            var now = screening.CompilingSeconds;
            quiet = now == compiling ? quiet + 1 : 0;
            compiling = now;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up {screening.Name}: {second} s, {completed:N0}/{placed:N0} calls completed, tiered compilation {compiling:N2} s CPU{(quiet < 2 ? " (still compiling at 60 s)" : string.Empty)}"));
    }

    private static async Task<SipStep> MeasureAsync(string sipp, KamailioProxy proxy, int port, ScreeningProcess screening, string calls, int rate, int seconds)
    {
        var load = LoadAverage.Now();
        var failOpen = proxy.FailOpen;
        var machine = MachineCpu.Now();
        var kamailio = proxy.CpuSeconds;
        var service = screening.CpuSeconds;
        var run = await SippRun.PlaceAsync(sipp, port, calls, rate, seconds, Calling);
        return new SipStep(screening.Name, rate, run, proxy.FailOpen - failOpen, proxy.CpuSeconds - kamailio, screening.CpuSeconds - service, MachineCpu.Now().BusySince(machine), load);
    }

    /// <summary>Callers are unknown mobiles (the common case: allowed after every rule), callees spread over 1,000 subscribers.</summary>
    private static string CallLine(int i) => string.Create(CultureInfo.InvariantCulture, $"{15000000000L + (i * 7919L % 90_000_000)};{13900000000L + (i % Callees)};");

    private static string Row(SipStep s) => string.Create(CultureInfo.InvariantCulture,
        $"| {s.Side} | {s.Offered:N0} | {s.Calls.Placed:N0} | {s.Calls.PlacedPerSecond:N0} | {s.Calls.CompletedPerSecond:N0} | {s.Calls.FailedShare:P2} | {s.FailOpen} | {s.KamailioMicrosPerCall:N0} | {s.ScreeningMicrosPerCall:N0} | {s.MachineBusy:P0} | {(s.Sustained ? "yes" : "no")} | {s.Load} |");

    private static void Print(List<SipStep> steps, string loadAtStart, long outOfMemory)
    {
        Console.WriteLine();
        Console.WriteLine($"Load average at the start {loadAtStart}, at the end {LoadAverage.Now()}; Kamailio -m {KamailioProxy.SharedMegabytes} -M {KamailioProxy.PrivateMegabytes}, out-of-memory log lines: {outOfMemory}");
        Console.WriteLine();
        Console.WriteLine("| screening | offered calls/s | calls placed | placed calls/s | completed calls/s | failed | fail-open | Kamailio CPU µs/call | screening CPU µs/call | machine busy | carried | load average |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        steps.ForEach(s => Console.WriteLine(Row(s)));
        Console.WriteLine();
        var stub = Best(steps, "stub");
        var callWarden = Best(steps, "CallWarden");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"highest rate carried (< 1 % failed, no fail-open, ≥ 95 % of the offered rate placed): stub {stub?.Offered ?? 0:N0} calls/s ({stub?.Calls.CompletedPerSecond ?? 0:N0} completed), CallWarden {callWarden?.Offered ?? 0:N0} calls/s ({callWarden?.Calls.CompletedPerSecond ?? 0:N0} completed)"));
        var top = steps.GroupBy(s => s.Offered).Where(g => g.Count() == 2).MaxBy(g => g.Key);
        if (top is not null)
        {
            var (topStub, topCallWarden) = (top.Single(s => s.Side == "stub"), top.Single(s => s.Side == "CallWarden"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"at {top.Key:N0} calls/s offered to both: completed stub {topStub.Calls.CompletedPerSecond:N0}/s, CallWarden {topCallWarden.Calls.CompletedPerSecond:N0}/s ({topCallWarden.Calls.CompletedPerSecond / topStub.Calls.CompletedPerSecond:P0})"));
        }

        if (stub is not null && callWarden is not null)
        {
            var ratio = callWarden.Calls.CompletedPerSecond / stub.Calls.CompletedPerSecond;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CallWarden / stub: {ratio:P0} (budget ≥ 95 %: {(ratio >= 0.95 ? "met" : "not met")})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"at {callWarden.Offered:N0} calls/s CallWarden spent {callWarden.ScreeningMicrosPerCall:N0} µs CPU per call, its Kamailio {callWarden.KamailioMicrosPerCall:N0} µs (budget: less: {(callWarden.ScreeningMicrosPerCall < callWarden.KamailioMicrosPerCall ? "met" : "not met")}); the stub {stub.ScreeningMicrosPerCall:N0} µs at {stub.Offered:N0}"));
        }
    }

    private static SipStep? Best(List<SipStep> steps, string side) => steps.Where(s => s.Side == side && s.Sustained).MaxBy(s => s.Offered);

    private static string? Tool(string name, params string[] folders) =>
        folders.Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
