namespace CallWarden.Data.Access;

/// <summary>What a staff login or an API key may do.</summary>
public enum AccessRole
{
    Analyst,
    CarrierOperator,
    Administrator,

    /// <summary>A machine client: reports in, screening questions, nothing about cases.</summary>
    Client,
}
