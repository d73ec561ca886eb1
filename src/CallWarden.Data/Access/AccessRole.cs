namespace CallWarden.Data.Access;

/// <summary>
/// What a login or an API key may do. Stored by name; new roles are appended so that no existing
/// value changes its number either.
/// </summary>
public enum AccessRole
{
    Analyst,
    CarrierOperator,
    Administrator,

    /// <summary>A machine client: reports in, screening questions, nothing about cases.</summary>
    Client,

    /// <summary>A person who reports numbers and follows their own reports; no case access.</summary>
    Reporter,

    /// <summary>Reads the cases referred to the police (threat, fraud); changes nothing.</summary>
    PoliceLiaison,
}
