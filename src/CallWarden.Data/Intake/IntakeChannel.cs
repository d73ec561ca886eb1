namespace CallWarden.Data.Intake;

/// <summary>Where a report came in.</summary>
public enum IntakeChannel
{
    Sms,
    Email,
    Web,
    Api,
    Import,
}
