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

    /// <summary>The sender is over the per-reporter limit: explained once per window, then silence.</summary>
    OverLimit,

    /// <summary>No valid sender number: nothing can be stored or answered.</summary>
    NoSender,
}
