using CallWarden.Core.Numbers;

namespace CallWarden.Core.Screening;

/// <summary>
/// Shows what proposed rules would have done to the subscriber's recent calls before they are
/// turned on (so they see that <c>0755*</c> would have blocked their dentist). Each call is judged at
/// its own time, with the calls before it as the repeat-call memory, against today's community
/// snapshot: the question is what the rules would do with these callers now.
/// </summary>
public sealed class DryRun
{
    private readonly ScreeningEngine _engine;

    public DryRun(ScreeningEngine engine)
    {
        _engine = engine;
    }

    /// <returns>Every call, oldest first, under both rule sets.</returns>
    /// <exception cref="ArgumentException">Either rule set has problems (see <see cref="SubscriberRules.Validate"/>).</exception>
    public IReadOnlyList<DryRunOutcome> Evaluate(SubscriberRules proposed, SubscriberRules current, IEnumerable<PastCall> calls, ICommunityView community)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var region = _engine.Options.Region;
        var proposedRules = proposed.Compile(region);
        var currentRules = current.Compile(region);
        var history = new CallHistory();
        List<DryRunOutcome> outcomes = [];
        foreach (var call in calls.OrderBy(c => c.At))
        {
            var request = call.ToRequest();
            var now = _engine.Decide(request, currentRules, community, history);
            var then = _engine.Decide(request, proposedRules, community, history);
            outcomes.Add(new DryRunOutcome(call, now, then));

            var callee = PhoneNumberNormalizer.Default.Normalize(call.Callee, region);
            if (now.Caller.IsValid && callee.IsValid)
            {
                history.Record(now.Caller.E164, callee.E164, call.At);
            }
        }

        return outcomes;
    }

    /// <summary>The calls judged so far, as the memory the quiet-hours repeat pass reads.</summary>
    private sealed class CallHistory : IRecentCalls
    {
        private readonly Dictionary<(long Caller, long Callee), DateTimeOffset> _last = [];

        public void Record(long caller, long callee, DateTimeOffset at) => _last[(caller, callee)] = at;

        public bool TryGetLastCall(long caller, long callee, out DateTimeOffset at) => _last.TryGetValue((caller, callee), out at);
    }
}
