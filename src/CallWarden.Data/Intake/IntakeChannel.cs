namespace CallWarden.Data.Intake;

/// <summary>Where a report came in.</summary>
public enum IntakeChannel
{
    Sms,
    Email,
    Web,
    Api,
    Import,

    /// <summary>The phone line: keyed in on the report line (issue #11); the reporter is the calling number.</summary>
    Voice,
}
