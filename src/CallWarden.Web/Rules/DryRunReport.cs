using CallWarden.Core.Screening;

namespace CallWarden.Web.Rules;

/// <summary>What the proposed rules would have changed among the calls examined.</summary>
internal sealed record DryRunReport(int CallsExamined, IReadOnlyList<DryRunChange> Changes)
{
    public static DryRunReport Of(IReadOnlyList<DryRunOutcome> outcomes) =>
        new(outcomes.Count, [.. outcomes.Where(o => o.Changed).Select(DryRunChange.Of)]);
}

/// <summary>One call the proposed rules would treat differently, with the reason each rule set decided by.</summary>
internal sealed record DryRunChange(string Caller, DateTimeOffset At, string Current, string Proposed, string? ProposedLabel, string CurrentReason, string Reason)
{
    public static DryRunChange Of(DryRunOutcome outcome) => new(
        outcome.Call.Caller,
        outcome.Call.At,
        outcome.Current.Action.ToCode(),
        outcome.Proposed.Action.ToCode(),
        outcome.Proposed.Label,
        outcome.Current.Explanation.Text,
        outcome.Proposed.Explanation.Text);
}
