namespace CallWarden.Channels.Sms;

internal enum SmsMoKind
{
    Report,
    Duplicate,
    StatusQuery,
    InterceptionOn,
    InterceptionOff,
    RefuseMarketing,

    /// <summary><c>取消退订</c>: the refusal (or the categories named) taken off the registry.</summary>
    WithdrawMarketingRefusal,

    /// <summary><c>删除</c>: the sender is asked to confirm within the time limit.</summary>
    DeleteRequested,

    /// <summary><c>确认删除</c> in time: the withdrawal is done and its confirmation queued.</summary>
    Deleted,

    /// <summary><c>确认删除</c> with no request in time: the sender is told to send <c>删除</c> first.</summary>
    DeleteNotRequested,
    Refused,

    /// <summary>The sender is over the per-reporter limit: explained once per window, then silence.</summary>
    OverLimit,

    /// <summary>No valid sender number: nothing can be stored or answered.</summary>
    NoSender,
}
