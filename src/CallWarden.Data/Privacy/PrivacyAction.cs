namespace CallWarden.Data.Privacy;

/// <summary>A step of a person's rights or of the retention policy, as the privacy audit records it.</summary>
public enum PrivacyAction
{
    /// <summary>The person downloaded or was shown every record held about them.</summary>
    Exported,

    /// <summary>The person corrected their contact details.</summary>
    Corrected,

    /// <summary>The person asked by SMS to withdraw; a confirmation is awaited.</summary>
    WithdrawalRequested,

    /// <summary>The person's identity was removed from their reports, their rules, decisions and consents deleted.</summary>
    Withdrawn,

    /// <summary>The retention sweep removed what its policy no longer allows to keep.</summary>
    Retained,
}
