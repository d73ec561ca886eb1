using CallWarden.Core.Cases;

using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Cases;

public sealed class CaseTransitionsTests
{
    private static readonly CaseAction[] Transitions =
    [
        CaseAction.Verified, CaseAction.Rejected, CaseAction.Forwarded, CaseAction.ActionRecorded, CaseAction.Closed,
        CaseAction.MergedInto, CaseAction.Disputed, CaseAction.DisputeUpheld, CaseAction.DisputeDismissed,
    ];

    // Written out from DESIGN.md independently of the table in CaseTransitions.
    private static readonly Dictionary<CaseState, (CaseAction Action, CaseState To)[]> Legal = new()
    {
        [CaseState.Received] = [(CaseAction.Verified, CaseState.Verified), (CaseAction.Rejected, CaseState.Rejected), (CaseAction.MergedInto, CaseState.Merged)],
        [CaseState.Verified] = [(CaseAction.Rejected, CaseState.Rejected), (CaseAction.Forwarded, CaseState.Forwarded), (CaseAction.MergedInto, CaseState.Merged), (CaseAction.Disputed, CaseState.Disputed)],
        [CaseState.Forwarded] = [(CaseAction.ActionRecorded, CaseState.Actioned), (CaseAction.Disputed, CaseState.Disputed)],
        [CaseState.Actioned] = [(CaseAction.Closed, CaseState.Closed), (CaseAction.Disputed, CaseState.Disputed)],
        [CaseState.Closed] = [(CaseAction.Disputed, CaseState.Disputed)],
        [CaseState.Rejected] = [],
        [CaseState.Merged] = [],
        [CaseState.Disputed] = [(CaseAction.DisputeUpheld, CaseState.Rejected), (CaseAction.DisputeDismissed, CaseState.Forwarded)],
    };

    public static TheoryData<CaseState, CaseAction> EveryStateAndTransition()
    {
        var data = new TheoryData<CaseState, CaseAction>();
        foreach (var state in Enum.GetValues<CaseState>())
        {
            foreach (var action in Transitions)
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTransition))]
    public void Every_transition_is_legal_exactly_where_the_design_says(CaseState state, CaseAction action)
    {
        var before = SampleCases.InState(state);
        var at = before.Audit[^1].At.AddMinutes(5);

        var result = Attempt(before, action, at);

        var legal = Legal[state].Where(l => l.Action == action).ToList();
        if (legal.Count == 0)
        {
            Assert.Equal(CaseErrorCode.IllegalTransition, result.Refused().Code);
            Assert.False(CaseTransitions.IsLegal(action, state));
            return;
        }

        var after = result.Ok();
        Assert.Equal(legal[0].To, after.State);
        Assert.Equal(before.Audit.Length + 1, after.Audit.Length);
        var recorded = after.Audit[^1];
        Assert.Equal((before.Id, action, (CaseState?)state, legal[0].To, at, "because"), (recorded.CaseId, recorded.Action, recorded.From, recorded.To, recorded.At, recorded.Reason));
    }

    [Fact]
    public void The_console_is_offered_the_legal_actions_of_each_state()
    {
        foreach (var (state, moves) in Legal)
        {
            Assert.Equal(moves.Select(m => m.Action).Order(), CaseTransitions.Available(state));
        }
    }

    [Theory]
    [InlineData(ActorRole.CarrierOperator, CaseAction.Verified, false)]
    [InlineData(ActorRole.NumberHolder, CaseAction.Forwarded, false)]
    [InlineData(ActorRole.Analyst, CaseAction.ActionRecorded, false)]
    [InlineData(ActorRole.System, CaseAction.ActionRecorded, false)]
    [InlineData(ActorRole.CarrierOperator, CaseAction.ActionRecorded, true)]
    [InlineData(ActorRole.System, CaseAction.DisputeUpheld, false)]
    [InlineData(ActorRole.NumberHolder, CaseAction.DisputeDismissed, false)]
    [InlineData(ActorRole.NumberHolder, CaseAction.Disputed, true)]
    [InlineData(ActorRole.Analyst, CaseAction.Disputed, true)]
    [InlineData(ActorRole.System, CaseAction.Closed, true)]
    [InlineData(ActorRole.System, CaseAction.MergedInto, false)]
    public void Each_role_makes_only_its_own_changes(ActorRole role, CaseAction action, bool allowed)
    {
        Assert.Equal(allowed, CaseTransitions.Allows(role, action));
    }

    private static CaseResult<Case> Attempt(Case c, CaseAction action, DateTimeOffset at) => action switch
    {
        CaseAction.Verified => c.Verify(SampleCases.Analyst, at, "because"),
        CaseAction.Rejected => c.Reject(SampleCases.Analyst, at, "because"),
        CaseAction.Forwarded => c.Forward(Carrier.ChinaMobile, SampleCases.Analyst, at, "because"),
        CaseAction.ActionRecorded => c.RecordAction(CarrierActionKind.Warning, null, SampleCases.MobileOperator, at, "because"),
        CaseAction.Closed => c.Close(Actor.System, at, "because"),
        CaseAction.Disputed => c.Dispute(SampleCases.Holder, at, "because"),
        CaseAction.DisputeUpheld => c.ResolveDispute(true, SampleCases.Analyst, at, "because"),
        CaseAction.DisputeDismissed => c.ResolveDispute(false, SampleCases.Analyst, at, "because"),
        CaseAction.MergedInto => Merge(c, at),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static CaseResult<Case> Merge(Case c, DateTimeOffset at)
    {
        var result = c.MergeInto(SampleCases.Opened(500), SampleCases.Analyst, at, "because");
        return result.Succeeded ? result.Value.Source : result.Error!;
    }
}
