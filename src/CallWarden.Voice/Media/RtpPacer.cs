namespace CallWarden.Voice.Media;

/// <summary>
/// One thread sends every call's next packet every 20 ms (issue #11 part 5: a timer per call does not
/// hold 5 ms at 200 calls on 2 cores). It sleeps until about a millisecond before the tick and
/// yields the rest, so a tick starts within a fraction of a millisecond; when the machine stalls
/// it does not burst to catch up but starts the next tick from now.
/// </summary>
internal sealed class RtpPacer : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly ManualResetEventSlim _work = new(false);
    private RtpStream[] _streams = [];
    private Thread? _thread;
    private volatile bool _stopping;

    /// <param name="manual">No thread: the owner calls <see cref="Tick"/> (tests, where time is fake).</param>
    public RtpPacer(TimeProvider time, bool manual = false)
    {
        _time = time;
        _stopping = manual;
    }

    public int Count => Volatile.Read(ref _streams).Length;

    /// <summary>Ticks that started more than 5 ms late (a sign the machine is overloaded).</summary>
    public long LateTicks { get; private set; }

    public void Add(RtpStream stream)
    {
        lock (_gate)
        {
            _streams = [.. _streams, stream];
            if (_thread is null && !_stopping)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "CallWarden RTP pacer", Priority = ThreadPriority.AboveNormal };
                _thread.Start();
            }
        }

        _work.Set();
    }

    public void Remove(RtpStream stream)
    {
        lock (_gate)
        {
            _streams = [.. _streams.Where(s => s != stream)];
        }
    }

    /// <summary>Sends one packet of every stream (the loop's body; tests call it directly).</summary>
    public void Tick()
    {
        foreach (var stream in Volatile.Read(ref _streams))
        {
            stream.Tick();
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _work.Set();
        _thread?.Join(TimeSpan.FromSeconds(2));
        _work.Dispose();
    }

    private void Run()
    {
        var interval = (long)(Interval.TotalSeconds * _time.TimestampFrequency);
        var late = interval / 4;
        var next = _time.GetTimestamp();
        while (!_stopping)
        {
            if (Count == 0)
            {
                _work.Reset();
                if (Count == 0)
                {
                    _work.Wait(TimeSpan.FromSeconds(1));
                }

                next = _time.GetTimestamp();
                continue;
            }

            next += interval;
            while (true)
            {
                var remaining = _time.GetElapsedTime(_time.GetTimestamp(), next);
                if (remaining <= TimeSpan.Zero)
                {
                    break;
                }

                if (remaining > TimeSpan.FromMilliseconds(1.5))
                {
                    Thread.Sleep(remaining - TimeSpan.FromMilliseconds(1));
                }
                else
                {
                    Thread.Yield();
                }
            }

            var now = _time.GetTimestamp();
            if (now - next > late)
            {
                LateTicks++;
                if (now - next > interval * 5)
                {
                    next = now;
                }
            }

            Tick();
        }
    }
}
