using System.Globalization;
using CallWarden.Voice;
using CallWarden.Voice.Calls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallWarden.Bench.Voice;

/// <summary>
/// <c>voice-serve &lt;sip port&gt; &lt;rtp min&gt; &lt;rtp max&gt;</c>: the voice area as <c>serve</c> composes it, in a
/// process of its own (so that its CPU is its own), with the bench's router: 12321 is answered by a
/// script that plays a clip and writes the keys it read when the caller hangs up (<c>KEYS &lt;keys&gt;</c>);
/// 13912345678 hears the clip as an announcement, then 480. The clip is sip-tester's g711a.pcap payload,
/// the audio SIPp's own UAS plays in the baseline.
/// </summary>
internal static class VoiceServe
{
    public const string ServiceNumber = "12321";
    public const string BlockedCallee = "13912345678";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Channels:Voice:Enabled"] = "true",
            ["Channels:Voice:Listen"] = $"127.0.0.1:{args[0]}",
            ["Channels:Voice:RtpPortMin"] = args[1],
            ["Channels:Voice:RtpPortMax"] = args[2],
            ["Channels:Voice:MaxCalls"] = ((int.Parse(args[2], CultureInfo.InvariantCulture) - int.Parse(args[1], CultureInfo.InvariantCulture) + 1) / 2).ToString(CultureInfo.InvariantCulture),
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var clip = Clip();
        builder.Services.AddSingleton<ICallRouter>(new Router(clip));
        builder.AddCallWardenVoice();
        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine("voice-serve: ready");
        await host.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>The PCMA payloads of sip-tester's g711a.pcap (Ethernet, IPv4, UDP, RTP: 54 bytes before each payload's 12-byte RTP header ends).</summary>
    public static AudioClip Clip()
    {
        var pcap = File.ReadAllBytes("/usr/share/sip-tester/g711a.pcap");
        var audio = new List<byte>();
        for (var offset = 24; offset + 16 <= pcap.Length;)
        {
            var length = BitConverter.ToInt32(pcap, offset + 8);
            audio.AddRange(pcap.AsSpan(offset + 16 + 42 + 12, length - 42 - 12).ToArray());
            offset += 16 + length;
        }

        // The bench offers PCMA only; the PCMU side carries the same bytes (the bench measures timing, not sound).
        return new AudioClip("g711a.pcap", audio.ToArray(), audio.ToArray());
    }

    private sealed class Router(AudioClip clip) : ICallRouter
    {
        public CallPlan Route(IncomingCall call) => call.DialledNumber switch
        {
            ServiceNumber => new AnswerCall(new Script(clip)),
            BlockedCallee => new AnnounceThenEnd([clip], 480, "Temporarily Unavailable"),
            _ => new RefuseCall(404, "Not Found"),
        };
    }

    private sealed class Script(AudioClip clip) : ICallScript
    {
        public async Task RunAsync(IVoiceCall call, CancellationToken cancellationToken)
        {
            var keys = string.Empty;
            var playing = call.PlayAsync([clip], interruptible: false, cancellationToken);
            try
            {
                while (await call.ReadDigitAsync(TimeSpan.FromMinutes(5), cancellationToken) is { } key)
                {
                    keys += key;
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                Console.WriteLine($"KEYS {(keys.Length == 0 ? "-" : keys)}");
            }

            await playing.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
