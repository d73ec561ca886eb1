using CallWarden.Core.Numbers;

namespace CallWarden.Core.Screening;

/// <summary>
/// Shows what proposed rules would have done to the subscriber's recent calls before they are
/// turned on (so they see that <c>0755*</c> would have blocked their dentist). Each call is judged at
/// its own time, with the calls before it as the repeat-call memory, against today's community
/// snapshot: the question is what the rules would do with these callers now.
/// </summary>
/// <remarks>
/// The memory is a <see cref="RecentCalls"/> with the live limits, so a dry run remembers and
/// forgets exactly as live screening does (issue #12 part 4).
/// </remarks>
public sealed class DryRun
{
    private readonly ScreeningEngine _engine;
    private readonly RecentCallLimits _limits;

    public DryRun(ScreeningEngine engine, RecentCallLimits? limits = null)
    {
        _engine = engine;
        _limits = limits ?? new RecentCallLimits();
    }

    /// <returns>Every call, oldest first, under both rule sets.</returns>
    /// <exception cref="ArgumentException">Either rule set has problems (see <see cref="SubscriberRules.Validate"/>).</exception>
    public IReadOnlyList<DryRunOutcome> Evaluate(SubscriberRules proposed, SubscriberRules current, IEnumerable<PastCall> calls, ICommunityView community)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var region = _engine.Options.Region;
        var proposedRules = proposed.Compile(region);
        var currentRules = current.Compile(region);
        var ordered = calls.OrderBy(c => c.At).Select(c => (Call: c, Callee: PhoneNumberNormalizer.Default.Normalize(c.Callee, region))).ToList();

        // A set of its own for each callee the history names (a dry run is one subscriber's calls), not a million.
        var callees = ordered.Select(c => c.Callee.E164).Distinct().Count();
        var history = new RecentCalls(_limits with { Callees = Math.Clamp(callees, 1, _limits.Callees / RecentCalls.Ways) * RecentCalls.Ways }, _engine.Options);
        List<DryRunOutcome> outcomes = [];
        foreach (var (call, callee) in ordered)
        {
            var request = call.ToRequest();
            var now = _engine.Decide(request, currentRules, community, history);
            var then = _engine.Decide(request, proposedRules, community, history);
            outcomes.Add(new DryRunOutcome(call, now, then));
            if (callee.IsValid)
            {
                history.Remember(now, callee.E164, call.At);
            }
        }

        return outcomes;
    }
}
