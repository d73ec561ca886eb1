namespace CallWarden.Data.Privacy;

/// <summary>What a person agreed their data may be used for (PIPL art. 14: a purpose, not a blanket consent).</summary>
public enum ConsentPurpose
{
    /// <summary>A report: handled as evidence, routed to the carrier (and police), the reporter told the result.</summary>
    Report,

    /// <summary>Call screening: the subscriber's rules applied to their calls, the decisions kept for them.</summary>
    Screening,

    /// <summary>Signing in with a proven phone to see and manage one's own reports, rules and data.</summary>
    SignIn,
}
