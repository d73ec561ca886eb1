using CallWarden.Core.Screening;
using CsCheck;

namespace CallWarden.Core.Tests.Screening;

public sealed class RecentCallsTests
{
    private const long Callee = 8613912345678;

    private static readonly DateTimeOffset Night = new(2026, 11, 27, 23, 0, 0, TimeSpan.FromHours(8));

    private static RecentCalls Memory(int callees = 8, int callersPerCallee = 8, int minutes = 30) =>
        new(new RecentCallLimits { Callees = callees, CallersPerCallee = callersPerCallee, KeptFor = TimeSpan.FromMinutes(minutes) });

    [Fact]
    public void A_call_is_remembered_for_its_caller_and_callee_only()
    {
        var memory = Memory();
        memory.Remember(8613800000001, Callee, Night);

        Assert.True(memory.TryGetLastCall(8613800000001, Callee, Night.AddMinutes(1), out var at));
        Assert.Equal(Night, at);
        Assert.False(memory.TryGetLastCall(8613800000002, Callee, Night.AddMinutes(1), out _));
        Assert.False(memory.TryGetLastCall(8613800000001, 8613987654321, Night.AddMinutes(1), out _));
    }

    [Fact]
    public void The_latest_call_of_a_pair_wins_whatever_order_they_arrive_in()
    {
        var memory = Memory();
        memory.Remember(8613800000001, Callee, Night.AddMinutes(2));
        memory.Remember(8613800000001, Callee, Night);

        Assert.True(memory.TryGetLastCall(8613800000001, Callee, Night.AddMinutes(3), out var at));
        Assert.Equal(Night.AddMinutes(2), at);
    }

    [Fact]
    public void A_call_older_than_the_time_limit_is_forgotten()
    {
        var memory = Memory(minutes: 10);
        memory.Remember(8613800000001, Callee, Night);

        Assert.True(memory.TryGetLastCall(8613800000001, Callee, Night.AddMinutes(10), out _));
        Assert.False(memory.TryGetLastCall(8613800000001, Callee, Night.AddMinutes(10).AddTicks(1), out _));
    }

    [Fact]
    public void The_time_limit_is_never_shorter_than_the_repeat_window()
    {
        var memory = new RecentCalls(new RecentCallLimits { KeptFor = TimeSpan.FromMinutes(1) }, new ScreeningOptions { RepeatCallWindow = TimeSpan.FromMinutes(5) });

        Assert.Equal(TimeSpan.FromMinutes(5), memory.KeptFor);
    }

    [Fact]
    public void Past_its_callers_per_callee_the_one_who_called_longest_ago_is_forgotten()
    {
        var memory = Memory(callersPerCallee: 2);
        memory.Remember(8613800000001, Callee, Night);
        memory.Remember(8613800000002, Callee, Night.AddSeconds(1));
        memory.Remember(8613800000001, Callee, Night.AddSeconds(2));
        memory.Remember(8613800000003, Callee, Night.AddSeconds(3));

        var now = Night.AddMinutes(1);
        Assert.Equal([true, false, true], new long[] { 8613800000001, 8613800000002, 8613800000003 }.Select(c => memory.TryGetLastCall(c, Callee, now, out _)));
    }

    [Fact]
    public void Past_its_callees_the_one_whose_latest_call_is_oldest_is_forgotten()
    {
        var memory = Memory(callees: 8);
        for (var i = 0; i < 8; i++)
        {
            memory.Remember(8613800000001, Callee + i, Night.AddSeconds(i));
        }

        memory.Remember(8613800000002, Callee, Night.AddSeconds(8));
        memory.Remember(8613800000001, Callee + 8, Night.AddSeconds(9));

        var now = Night.AddMinutes(1);
        Assert.Equal(8, memory.Capacity);
        Assert.False(memory.TryGetLastCall(8613800000001, Callee + 1, now, out _));
        Assert.All(new[] { 0, 2, 3, 4, 5, 6, 7, 8 }, i => Assert.True(memory.TryGetLastCall(8613800000001, Callee + i, now, out _)));
    }

    [Fact]
    public void Only_a_screened_call_with_a_caller_number_is_remembered()
    {
        var memory = Memory();
        var withheld = Screen.Engine.Decide(new ScreeningRequest(string.Empty, Screen.Subscriber, Night, Presentation: Presentation.Restricted), SubscriberRules.Default.Compile(), CommunityTable.Empty);
        var known = Screen.Engine.Decide(new ScreeningRequest(Screen.Stranger, Screen.Subscriber, Night), SubscriberRules.Default.Compile(), CommunityTable.Empty);

        memory.Remember(withheld, Callee, Night);
        memory.Remember(known, Callee, Night);

        Assert.False(memory.TryGetLastCall(0, Callee, Night, out _));
        Assert.True(memory.TryGetLastCall(known.Caller.E164, Callee, Night, out _));
    }

    [Fact]
    public void Answers_as_a_dictionary_that_forgets_the_oldest()
    {
        // One set (8 callees), 3 callers each, a strictly later time for every call so that "oldest" is never a tie.
        var calls = Gen.Select(Gen.Long[0, 11], Gen.Long[1, 5], Gen.Int[1, 240]).Array[1, 120];
        calls.Sample(steps =>
        {
            var memory = Memory(callees: 8, callersPerCallee: 3, minutes: 10);
            var model = new Dictionary<long, Dictionary<long, DateTimeOffset>>();
            var now = Night;
            foreach (var (callee, caller, seconds) in steps)
            {
                now = now.AddSeconds(seconds);
                memory.Remember(caller, Callee + callee, now);
                Remember(model, caller, Callee + callee, now);
                for (var e = 0L; e < 12; e++)
                {
                    for (var c = 1L; c <= 5; c++)
                    {
                        var expected = model.TryGetValue(Callee + e, out var callers) && callers.TryGetValue(c, out var at) && now - at <= TimeSpan.FromMinutes(10);
                        if (memory.TryGetLastCall(c, Callee + e, now, out var found) != expected || (expected && found != model[Callee + e][c]))
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void A_callee_costs_136_and_a_half_bytes_with_eight_callers()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var memory = Memory(callees: 80_000);
        var perCallee = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / memory.Capacity;

        Assert.InRange(perCallee, 136.5, 137.0);
    }

    [Fact]
    public void Remembering_and_asking_allocate_nothing()
    {
        var memory = Memory(callees: 1024);
        Run(memory, 1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Run(memory, 2);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(10_000, found);

        static int Run(RecentCalls memory, int pass)
        {
            var found = 0;
            for (var i = 0; i < 10_000; i++)
            {
                var at = Night.AddSeconds(pass);
                memory.Remember(8613800000000 + (i % 7), Callee + (i % 100), at);
                found += memory.TryGetLastCall(8613800000000 + (i % 7), Callee + (i % 100), at, out _) ? 1 : 0;
            }

            return found;
        }
    }

    [Fact]
    public void Threads_remembering_at_once_never_tear_an_entry()
    {
        var memory = Memory(callees: 8, callersPerCallee: 4);
        var ct = TestContext.Current.CancellationToken;

        // Thread t writes caller t with seconds ≡ t (mod 4): an answer from another thread's write would show.
        Parallel.For(0, 4, new ParallelOptions { CancellationToken = ct }, t =>
        {
            for (var i = 0; i < 50_000; i++)
            {
                var callee = Callee + (i % 16);
                memory.Remember(8613800000000 + t, callee, Night.AddSeconds((i * 4) + t));
                if (memory.TryGetLastCall(8613800000000 + ((t + 1) % 4), callee, Night.AddDays(1), out var at) && (long)(at - Night).TotalSeconds % 4 != (t + 1) % 4)
                {
                    throw new InvalidOperationException($"caller {(t + 1) % 4} read with the time {at} of another caller");
                }
            }
        });

        Assert.True(memory.TryGetLastCall(8613800000003, Callee + 15, Night.AddDays(1), out _));
    }

    [Fact]
    public void Every_bad_limit_is_named_by_its_key()
    {
        var limits = new RecentCallLimits { Callees = 7, CallersPerCallee = 65, KeptFor = TimeSpan.FromSeconds(59) };

        Assert.Equal(
            [
                "Screen:RecentCalls:Callees must be between 8 and 10000000",
                "Screen:RecentCalls:CallersPerCallee must be between 1 and 64",
                "Screen:RecentCalls:KeptFor must be between 00:01:00 and 1.00:00:00",
            ],
            limits.Validate("Screen:RecentCalls"));
        Assert.Empty(new RecentCallLimits().Validate("Screen:RecentCalls"));
        Assert.Throws<ArgumentException>(() => new RecentCalls(limits));
    }

    private static void Remember(Dictionary<long, Dictionary<long, DateTimeOffset>> model, long caller, long callee, DateTimeOffset at)
    {
        if (!model.TryGetValue(callee, out var callers))
        {
            if (model.Count == 8)
            {
                model.Remove(model.MinBy(m => m.Value.Values.Max()).Key);
            }

            model[callee] = callers = [];
        }

        if (!callers.ContainsKey(caller) && callers.Count == 3)
        {
            callers.Remove(callers.MinBy(c => c.Value).Key);
        }

        callers[caller] = at;
    }
}
