namespace CallWarden.Voice.Prompts;

/// <summary>
/// Every prompt's key, shared by the three text files (Prompts/Texts/*.txt), the renderer, the cache
/// and the scripts: a key is written here once and nowhere else as a literal.
/// </summary>
internal static class PromptKeys
{
    public const string Welcome = "welcome";
    public const string MainMenu = "menu.main";
    public const string LanguageOffer = "language.offer";
    public const string NumberEnter = "number.enter";
    public const string NumberReadback = "number.readback";
    public const string NumberConfirm = "number.confirm";
    public const string NumberInvalid = "number.invalid";
    public const string WhenAsk = "when.ask";
    public const string WhatAsk = "what.ask";
    public const string ReportReceived = "report.received";
    public const string ReportSms = "report.sms";
    public const string ReportNoSms = "report.no_sms";
    public const string ReportNotTaken = "report.not_taken";
    public const string PoliceAdvice = "advice.police";
    public const string FollowEnter = "follow.enter";
    public const string FollowWithheld = "follow.withheld";
    public const string FollowUnknown = "follow.unknown";
    public const string RefuseDone = "refuse.done";
    public const string RefuseWithheld = "refuse.withheld";
    public const string WrongKey = "key.wrong";
    public const string TimeoutGoodbye = "timeout.goodbye";
    public const string Goodbye = "goodbye";
    public const string Unavailable = "unavailable";

    /// <summary><c>digit.0</c> … <c>digit.9</c>.</summary>
    public static string Digit(char digit) => "digit." + digit;

    /// <summary><c>follow.state.received</c> …, by the case state's code.</summary>
    public static string FollowState(Core.Cases.CaseState state) => "follow.state." + state.ToString().ToLowerInvariant();

    /// <summary><c>announce.powered_off</c> …, by the disposition's code.</summary>
    public static string Announcement(Core.Screening.Disposition disposition) => "announce." + Core.Screening.Dispositions.ToCode(disposition);

    /// <summary>The dispositions that have an announcement instead of ringing.</summary>
    public static IReadOnlyList<Core.Screening.Disposition> Announced { get; } =
        [Core.Screening.Disposition.PoweredOff, Core.Screening.Disposition.NotInService, Core.Screening.Disposition.Busy];

    /// <summary>Every key each prompt file must define, and no other.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. "0123456789".Select(Digit),
        Welcome, MainMenu, LanguageOffer, NumberEnter, NumberReadback, NumberConfirm, NumberInvalid, WhenAsk, WhatAsk,
        ReportReceived, ReportSms, ReportNoSms, ReportNotTaken, PoliceAdvice, FollowEnter, FollowWithheld, FollowUnknown,
        .. Enum.GetValues<Core.Cases.CaseState>().Select(FollowState),
        RefuseDone, RefuseWithheld, WrongKey, TimeoutGoodbye, Goodbye, Unavailable,
        .. Announced.Select(Announcement),
    ];
}
