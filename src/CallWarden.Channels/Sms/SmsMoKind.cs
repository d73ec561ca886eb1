namespace CallWarden.Channels.Sms;

internal enum SmsMoKind
{
    Report,
    Duplicate,
    StatusQuery,
    InterceptionOn,
    InterceptionOff,
    RefuseMarketing,
    Refused,

    /// <summary>No valid sender number: nothing can be stored or answered.</summary>
    NoSender,
}
