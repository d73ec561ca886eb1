namespace CallWarden.Core.Cases;

/// <summary>What an audit event records.</summary>
public enum CaseAction
{
    Opened,
    Verified,
    Rejected,
    Forwarded,
    ActionRecorded,
    Closed,

    /// <summary>This case was folded into another one.</summary>
    MergedInto,

    /// <summary>Another case was folded into this one.</summary>
    Absorbed,

    Disputed,

    /// <summary>The holder was right: the case is rejected and any carrier action is lifted.</summary>
    DisputeUpheld,

    /// <summary>The holder was wrong: the case returns to where it was.</summary>
    DisputeDismissed,
}
