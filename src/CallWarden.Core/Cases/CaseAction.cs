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

    /// <summary>
    /// Not a transition: an analyst was shown the reporters' full phone numbers. Privacy rules make
    /// every such look part of the case's history (from and to are the current state).
    /// </summary>
    ReportersUnmasked,

    // The police desk's two events are numbered apart from the transitions so that a value another
    // desk appends above cannot take their stored number (enums are stored as integers).

    /// <summary>
    /// Not a transition: the police liaison was shown the reporters' contact details to take
    /// statements. Recorded on every view; the audit text never holds the details themselves.
    /// </summary>
    ReporterContactsViewed = 100,

    /// <summary>Not a transition: the police liaison downloaded the case dossier; the reason holds the ZIP's <c>sha256:…</c>.</summary>
    DossierIssued = 101,
}
