namespace CallWarden.Core.Screening;

/// <summary>One past call under the subscriber's current rules and under the rules they propose.</summary>
public sealed record DryRunOutcome(PastCall Call, Decision Current, Decision Proposed)
{
    /// <summary>The proposed rules would have treated the call differently: another disposition or another label.</summary>
    public bool Changed => Current.Action != Proposed.Action || !string.Equals(Current.Label, Proposed.Label, StringComparison.Ordinal);

    /// <summary>The call rang (or rang labelled) under the current rules and would have been blocked.</summary>
    public bool NewlyBlocked => Proposed.Action.Blocks() && !Current.Action.Blocks();

    /// <summary>The call rang without a label and would have rung with one.</summary>
    public bool NewlyLabelled => Proposed.Action == Disposition.Label && Current.Action == Disposition.Allow;
}
