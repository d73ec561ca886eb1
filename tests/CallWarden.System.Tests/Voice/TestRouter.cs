using System.Collections.Concurrent;
using CallWarden.Core.Screening;
using CallWarden.Voice.Calls;

namespace CallWarden.System.Tests.Voice;

/// <summary>
/// The system tests' router: the service number is answered by a script that reads a number of keys
/// and hangs up; the blocked callee hears an announcement then 480; any other number gets 404.
/// </summary>
internal sealed class TestRouter : ICallRouter
{
    public const string ServiceNumber = "12321";
    public const string BlockedCallee = "13912345678";
    public const string LongAnnouncementCallee = "13912340000";

    /// <summary>A caller of the blocked callee who hears the long announcement (to be cancelled through Kamailio).</summary>
    public const string CancellingCaller = "13700137002";

    public TestRouter(int keysToRead)
    {
        KeysToRead = keysToRead;
    }

    public int KeysToRead { get; }

    /// <summary>Two clips with distinct bytes per law, 0.5 s and 0.33 s (the second does not end on a packet boundary).</summary>
    public static IReadOnlyList<AudioClip> Announcement { get; } =
    [
        new("powered-off-zh", Pattern(4000, 3), Pattern(4000, 5)),
        new("powered-off-en", Pattern(2650, 7), Pattern(2650, 11)),
    ];

    public static AudioClip Long { get; } = new("long", Pattern(80_000, 13), Pattern(80_000, 17));

    public ConcurrentQueue<IncomingCall> Calls { get; } = new();

    /// <summary>Keys each answered call read, in order, by Call-ID.</summary>
    public ConcurrentDictionary<string, string> Keys { get; } = new();

    public CallPlan Route(IncomingCall call)
    {
        Calls.Enqueue(call);
        return call.DialledNumber switch
        {
            ServiceNumber => new AnswerCall(new ReadKeys(this)),
            BlockedCallee when call.CallerNumber == CancellingCaller => new AnnounceThenEnd([Long], 480, "Temporarily Unavailable"),
            BlockedCallee when call.Announcement is null or Disposition.PoweredOff => new AnnounceThenEnd(Announcement, 480, "Temporarily Unavailable"),
            LongAnnouncementCallee => new AnnounceThenEnd([Long], 480, "Temporarily Unavailable"),
            _ => new RefuseCall(404, "Not Found"),
        };
    }

    private static byte[] Pattern(int length, int step) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * step))];

    private sealed class ReadKeys(TestRouter router) : ICallScript
    {
        public async Task RunAsync(IVoiceCall call, CancellationToken cancellationToken)
        {
            var keys = string.Empty;
            for (var i = 0; i < router.KeysToRead; i++)
            {
                var key = await call.ReadDigitAsync(TimeSpan.FromSeconds(15), cancellationToken);
                if (key is null)
                {
                    break;
                }

                keys += key;
                router.Keys[call.Invite.CallId] = keys;
            }

            // A little longer, so that a key that would arrive twice is caught.
            if (await call.ReadDigitAsync(TimeSpan.FromMilliseconds(500), cancellationToken) is { } extra)
            {
                router.Keys[call.Invite.CallId] = keys + extra;
            }
        }
    }
}
