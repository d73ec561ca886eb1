namespace CallWarden.Core.Screening;

/// <summary>
/// Each callee's latest callers and when they called, in memory: what the quiet-hours repeat pass
/// reads on live calls (issue #12 part 4) and in a dry run, so that the two cannot disagree. Every
/// screened call with a caller number is remembered, whatever it was decided: the call that quiet
/// hours held is the one a repeat call refers to.
/// </summary>
/// <remarks>
/// Bounded and allocated once: the table is a set-associative cache. A callee hashes to a set of
/// <see cref="Ways"/> callee slots; a new callee takes a free slot of its set or the one whose
/// latest call is oldest; each slot holds <see cref="RecentCallLimits.CallersPerCallee"/> callers,
/// a new caller replacing the one who called longest ago. Memory per callee: 8 bytes of callee,
/// 16 bytes (caller, time) per caller and half a byte of lock, so 136.5 bytes with 8 callers —
/// 137 MB for the default million callees, touched only as callees arrive. A call older than
/// <see cref="KeptFor"/> before the call asking is forgotten: never answered, and its slot the first
/// to be reused. Thread-safe without a lock held across calls: each read or write holds its set's
/// spin lock for a few loads and stores, and allocates nothing.
/// </remarks>
public sealed class RecentCalls : IRecentCalls
{
    /// <summary>Callee slots per set: eight callee numbers fill one cache line.</summary>
    public const int Ways = 8;

    private readonly int _sets;
    private readonly int _callers;
    private readonly long _keptFor;
    private readonly long[] _callees;

    /// <summary>Per callee slot, <see cref="_callers"/> pairs of (caller, UTC ticks); 0 marks a free pair.</summary>
    private readonly long[] _calls;
    private readonly int[] _locks;

    /// <exception cref="ArgumentException">The limits have problems; the message lists them.</exception>
    public RecentCalls(RecentCallLimits? limits = null, ScreeningOptions? screening = null)
    {
        limits ??= new RecentCallLimits();
        var problems = limits.Validate("RecentCalls");
        if (problems.Count > 0)
        {
            throw new ArgumentException("The recent-call limits cannot be used: " + string.Join("; ", problems), nameof(limits));
        }

        // A memory shorter than the repeat window would shorten the window without saying so.
        var window = (screening ?? new ScreeningOptions()).RepeatCallWindow;
        KeptFor = limits.KeptFor > window ? limits.KeptFor : window;
        _keptFor = KeptFor.Ticks;
        _sets = limits.Callees / Ways;
        _callers = limits.CallersPerCallee;
        _callees = new long[_sets * Ways];
        _calls = new long[_sets * Ways * _callers * 2];
        _locks = new int[_sets];
    }

    /// <summary>How long a call is remembered: the limits' time, at least the repeat window.</summary>
    public TimeSpan KeptFor { get; }

    /// <summary>The most callees held at once (the limit rounded down to whole sets).</summary>
    public int Capacity => _sets * Ways;

    /// <summary>Remembers the screened call <paramref name="decision"/> answered, if its caller and callee are numbers.</summary>
    public void Remember(Decision decision, long callee, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Caller.IsValid)
        {
            Remember(decision.Caller.E164, callee, at);
        }
    }

    /// <summary>Remembers a call from <paramref name="caller"/> to <paramref name="callee"/> (E.164 values); a later time of the pair wins.</summary>
    public void Remember(long caller, long callee, DateTimeOffset at)
    {
        if (caller <= 0 || callee <= 0)
        {
            return;
        }

        var ticks = at.UtcTicks;
        var set = SetOf(callee);
        Enter(set);
        var slot = Find(set, callee);
        if (slot < 0)
        {
            slot = Take(set, callee);
        }

        var first = slot * _callers * 2;
        var victim = first;
        var oldest = long.MaxValue;
        for (var i = first; i < first + (_callers * 2); i += 2)
        {
            if (_calls[i] == caller)
            {
                victim = i;
                ticks = Math.Max(ticks, _calls[i + 1]);
                break;
            }

            if (_calls[i + 1] < oldest)
            {
                oldest = _calls[i + 1];
                victim = i;
            }
        }

        _calls[victim] = caller;
        _calls[victim + 1] = ticks;
        Exit(set);
    }

    public bool TryGetLastCall(long caller, long callee, DateTimeOffset before, out DateTimeOffset at)
    {
        at = default;
        if (caller <= 0 || callee <= 0)
        {
            return false;
        }

        var ticks = 0L;
        var set = SetOf(callee);
        Enter(set);
        var slot = Find(set, callee);
        if (slot >= 0)
        {
            var first = slot * _callers * 2;
            for (var i = first; i < first + (_callers * 2); i += 2)
            {
                if (_calls[i] == caller)
                {
                    ticks = _calls[i + 1];
                    break;
                }
            }
        }

        Exit(set);
        if (ticks == 0 || before.UtcTicks - ticks > _keptFor)
        {
            return false;
        }

        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    /// <summary>Fibonacci hashing spreads neighbouring numbers (one carrier's block) over the sets.</summary>
    private int SetOf(long callee) => (int)((((ulong)callee * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)_sets >> 32);

    private int Find(int set, long callee)
    {
        for (var slot = set * Ways; slot < (set + 1) * Ways; slot++)
        {
            if (_callees[slot] == callee)
            {
                return slot;
            }
        }

        return -1;
    }

    /// <summary>A free slot of the set for <paramref name="callee"/>, else the one whose latest call is oldest, emptied.</summary>
    private int Take(int set, long callee)
    {
        var victim = set * Ways;
        var oldest = long.MaxValue;
        for (var slot = set * Ways; slot < (set + 1) * Ways; slot++)
        {
            if (_callees[slot] == 0)
            {
                victim = slot;
                break;
            }

            var latest = Latest(slot);
            if (latest < oldest)
            {
                oldest = latest;
                victim = slot;
            }
        }

        _callees[victim] = callee;
        Array.Clear(_calls, victim * _callers * 2, _callers * 2);
        return victim;
    }

    private long Latest(int slot)
    {
        var latest = 0L;
        var first = slot * _callers * 2;
        for (var i = first + 1; i < first + (_callers * 2); i += 2)
        {
            latest = Math.Max(latest, _calls[i]);
        }

        return latest;
    }

    private void Enter(int set)
    {
        if (Interlocked.CompareExchange(ref _locks[set], 1, 0) != 0)
        {
            Contend(set);
        }
    }

    private void Contend(int set)
    {
        var spin = default(SpinWait);
        while (Interlocked.CompareExchange(ref _locks[set], 1, 0) != 0)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    private void Exit(int set) => Volatile.Write(ref _locks[set], 0);
}
