namespace CallWarden.Core.Reports;

/// <summary>Why a message was refused; stable codes for statistics, the text is in <see cref="SmsRefusal.Reply"/>.</summary>
public enum SmsRefusalReason
{
    NotUnderstood = 1,
    Empty,
    TooLong,
    /// <summary>Control characters, NUL or broken UTF-16 (unpaired surrogates).</summary>
    UnreadableCharacters,
    UnknownServiceNumber,
    MissingNumber,
    InvalidNumber,
    /// <summary>Zero-width or bidi marks between the digits of the number.</summary>
    HiddenCharactersInNumber,
    EmergencyNumber,
    OwnNumber,
    MissingSeparator,
    DoubledSeparator,
    MissingTime,
    TimeNotUnderstood,
    TimeInFuture,
    TimeTooOld,
    MissingReason,
    MissingReference,
    InvalidReference,
    /// <summary>Two or more numbers in one message: one report per message (issue #14).</summary>
    MultipleNumbers,
}
