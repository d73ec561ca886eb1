using System.Diagnostics;
using System.Globalization;
using CallWarden.Bench.Sip;

namespace CallWarden.Bench.Voice;

/// <summary>
/// <c>voice-scale [seconds] [calls/s per kind]</c> (issue #11 part 5): SIPp places answered calls (8 s, keys
/// 1 5 1 9 as RFC 4733 events) and announced calls (about 7 s of early media, then 480) at the same rate,
/// first to CallWarden's voice service (<c>voice-serve</c>, a process of its own) and then to SIPp's own UAS
/// playing the same audio (the baseline), and reports for each: calls placed, completed and failed, the
/// peak of simultaneous calls, the server's CPU, the machine's, and the RTP pacing error measured where
/// the audio arrives — at sockets this bench owns, not at the sender's clock — and, for CallWarden, keys
/// pressed against keys its scripts read. Defaults: 60 s at 15 calls/s per kind, about 240 calls at once.
/// Fixed loopback ports: receivers 27000-27599, voice service 27700 (RTP 29000-29999), SIPp 27710-27742.
/// </summary>
internal static class VoiceScaleScenario
{
    private const int ReceiverPorts = 27000;
    private const int ReceiverCount = 600;
    private const int VoicePort = 27700;
    private const int AnswerCaller = 27710;
    private const int AnnounceCaller = 27720;
    private const int AnswerUas = 27730;
    private const int AnnounceUas = 27740;
    private const string Keys = "1519";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var sipp = new[] { "/usr/bin", "/usr/local/bin" }.Select(d => Path.Combine(d, "sipp")).FirstOrDefault(File.Exists);
        if (sipp is null || !File.Exists("/usr/share/sip-tester/g711a.pcap"))
        {
            await Console.Error.WriteLineAsync("voice-scale needs SIPp and its captures: apt-get install -y --no-install-recommends sip-tester");
            return 2;
        }

        var answerCalls = Path.Combine(Path.GetTempPath(), $"callwarden-voice-answer-{Guid.NewGuid():N}.csv");
        var announceCalls = Path.Combine(Path.GetTempPath(), $"callwarden-voice-announce-{Guid.NewGuid():N}.csv");
        // Each call's RTP goes to its own bench port: answered calls use the first half, announced ones the second.
        await File.WriteAllLinesAsync(answerCalls, ["SEQUENTIAL", .. Enumerable.Range(0, ReceiverCount / 2).Select(i => $"{VoiceServe.ServiceNumber};{ReceiverPorts + i};")]);
        await File.WriteAllLinesAsync(announceCalls, ["SEQUENTIAL", .. Enumerable.Range(0, ReceiverCount / 2).Select(i => $"{VoiceServe.BlockedCallee};{ReceiverPorts + (ReceiverCount / 2) + i};")]);
        var limit = ReceiverCount / 2;
        var loadAtStart = LoadAverage.Now();
        Console.WriteLine($"voice-scale: {seconds} s at {rate} calls/s of each kind, {Environment.ProcessorCount} cores, load average {loadAtStart} at the start");
        try
        {
            using var receiver = new RtpReceiver(ReceiverPorts, ReceiverCount);
            var rows = new List<string>();

            // CallWarden's voice service, warmed with a few seconds of both kinds first (JIT).
            using (var service = VoiceService.Start(VoicePort))
            {
                await service.ReadyAsync();
                await BothAsync(sipp, VoicePort, VoicePort, answerCalls, announceCalls, Math.Max(1, rate / 3), 5, limit);
                await Task.Delay(TimeSpan.FromSeconds(10));
                receiver.Reset();
                service.Keys.Clear();
                var cpu = service.CpuSeconds;
                var machine = MachineCpu.Now();
                var (answered, announced) = await BothAsync(sipp, VoicePort, VoicePort, answerCalls, announceCalls, rate, seconds, limit);
                await Task.Delay(TimeSpan.FromSeconds(1));
                rows.Add(Row("CallWarden", answered, announced, service.CpuSeconds - cpu, MachineCpu.Now().BusySince(machine), receiver.Figures()));
                var read = service.Keys.ToArray();
                var lost = read.Sum(k => Keys.Length - Matched(k));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"keys: {answered.Successful:N0} answered calls pressed {answered.Successful * Keys.Length:N0} keys; scripts of {read.Length:N0} calls read them, {read.Count(k => k == Keys):N0} exactly {Keys}; keys lost {lost:N0}, extra {read.Sum(k => Math.Max(0, k.Length - Keys.Length)):N0}"));
            }

            // The baseline: SIPp's own UAS, the same calls, the same audio (g711a.pcap, 30 ms packets).
            receiver.Reset();
            var uasCpu = 0.0;
            var uasMachine = MachineCpu.Now();
            using (var answering = Uas.Start(sipp, "voice-bench-uas-answer.xml", AnswerUas))
            using (var announcing = Uas.Start(sipp, "voice-bench-uas-announce.xml", AnnounceUas))
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                var (answered, announced) = await BothAsync(sipp, AnswerUas, AnnounceUas, answerCalls, announceCalls, rate, seconds, limit);
                await Task.Delay(TimeSpan.FromSeconds(1));
                uasCpu = answering.CpuSeconds + announcing.CpuSeconds;
                rows.Add(Row("SIPp UAS", answered, announced, uasCpu, MachineCpu.Now().BusySince(uasMachine), receiver.Figures()));
            }

            Console.WriteLine();
            Console.WriteLine("| server | answered placed/completed/failed | announced placed/completed/failed | completed calls/s | peak calls at once | server CPU s (% of one core) | machine busy | RTP packets | streams | sequence gaps | pacing error p50 / p99 / max (ms) |");
            Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
            rows.ForEach(Console.WriteLine);
            Console.WriteLine();
            Console.WriteLine($"load average at the start {loadAtStart}, at the end {LoadAverage.Now()}");
            return 0;
        }
        finally
        {
            File.Delete(answerCalls);
            File.Delete(announceCalls);
        }
    }

    private static int Matched(string read)
    {
        var matched = 0;
        foreach (var key in Keys)
        {
            var at = read.IndexOf(key, StringComparison.Ordinal);
            if (at >= 0)
            {
                matched++;
                read = read[(at + 1)..];
            }
        }

        return matched;
    }

    private static async Task<(VoiceSippRun Answered, VoiceSippRun Announced)> BothAsync(string sipp, int answerPort, int announcePort, string answerCalls, string announceCalls, int rate, int seconds, int limit)
    {
        var answered = VoiceSippRun.PlaceAsync(sipp, "answered", "voice-bench-answer.xml", answerPort, answerCalls, rate, seconds, limit, AnswerCaller);
        var announced = VoiceSippRun.PlaceAsync(sipp, "announced", "voice-bench-announce.xml", announcePort, announceCalls, rate, seconds, limit, AnnounceCaller);
        return (await answered, await announced);
    }

    private static string Row(string server, VoiceSippRun answered, VoiceSippRun announced, double cpu, double machine, RtpFigures rtp)
    {
        var elapsed = Math.Max(answered.Seconds, announced.Seconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {server} | {answered.Placed:N0}/{answered.Successful:N0}/{answered.Failed:N0} | {announced.Placed:N0}/{announced.Successful:N0}/{announced.Failed:N0} | {(answered.Successful + announced.Successful) / elapsed:N1} | {answered.PeakConcurrent + announced.PeakConcurrent:N0} | {cpu:N1} ({cpu / elapsed:P0}) | {machine:P0} | {rtp.Packets:N0} | {rtp.Streams:N0} | {rtp.SequenceGaps:N0} | {rtp.P50:N2} / {rtp.P99:N2} / {rtp.Max:N2} |");
    }

    /// <summary>The bench itself as <c>voice-serve</c> in a child process; its stdout carries the scripts' <c>KEYS</c> lines.</summary>
    private sealed class VoiceService : IDisposable
    {
        private readonly Process _process;
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private VoiceService(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                if (e.Data.StartsWith("KEYS ", StringComparison.Ordinal))
                {
                    Keys.Add(e.Data[5..] == "-" ? string.Empty : e.Data[5..]);
                }
                else if (e.Data.Contains("voice-serve: ready", StringComparison.Ordinal))
                {
                    _ready.TrySetResult();
                }
                else
                {
                    Console.WriteLine("voice-serve: " + e.Data);
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    Console.WriteLine("voice-serve: " + e.Data);
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public System.Collections.Concurrent.ConcurrentBag<string> Keys { get; } = [];

        public double CpuSeconds => ProcessCpu.Seconds(_process.Id);

        public static VoiceService Start(int port)
        {
            var self = Environment.ProcessPath!;
            var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.ArgumentList.Add(typeof(VoiceScaleScenario).Assembly.Location);
            }

            foreach (var argument in new[] { "voice-serve", port.ToString(CultureInfo.InvariantCulture), "29000", "29999" })
            {
                info.ArgumentList.Add(argument);
            }

            return new VoiceService(Process.Start(info) ?? throw new InvalidOperationException("voice-serve did not start"));
        }

        public Task ReadyAsync() => _ready.Task.WaitAsync(TimeSpan.FromSeconds(60));

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }

    /// <summary>SIPp as the baseline's answering side (one scenario per process).</summary>
    private sealed class Uas : IDisposable
    {
        private readonly Process _process;

        private Uas(Process process) => _process = process;

        public double CpuSeconds => ProcessCpu.Seconds(_process.Id);

        public static Uas Start(string sipp, string scenario, int port)
        {
            var info = new ProcessStartInfo(sipp) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                "-sf", Path.Combine(AppContext.BaseDirectory, "Voice", scenario), "-i", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture),
                "-cp", (port + 1).ToString(CultureInfo.InvariantCulture), "-mi", "127.0.0.1", "-mp", (port + 2).ToString(CultureInfo.InvariantCulture), "-nostdin",
            })
            {
                info.ArgumentList.Add(argument);
            }

            var process = Process.Start(info) ?? throw new InvalidOperationException("sipp did not start");
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            return new Uas(process);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }
}
