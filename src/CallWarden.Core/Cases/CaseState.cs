namespace CallWarden.Core.Cases;

/// <summary>Where a case stands: received → verified → forwarded → actioned → closed, or off that line.</summary>
public enum CaseState
{
    /// <summary>Opened by the first report; waiting for an analyst.</summary>
    Received,

    /// <summary>An analyst found the reports credible.</summary>
    Verified,

    /// <summary>Sent to the carrier that owns the number (and to the police for threat or fraud).</summary>
    Forwarded,

    /// <summary>The carrier recorded what it did.</summary>
    Actioned,

    /// <summary>Every reporter was told the result.</summary>
    Closed,

    /// <summary>Not credible, or the holder's appeal was upheld.</summary>
    Rejected,

    /// <summary>Folded into another case of the same number, which now holds its reports and history.</summary>
    Merged,

    /// <summary>The number's holder appealed; the number is labelled, never blocked, until decided.</summary>
    Disputed,
}
