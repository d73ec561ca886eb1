namespace CallWarden.Core.Cases;

/// <summary>Why a case refused a change; each maps to a clear message for the user who tried it.</summary>
public enum CaseErrorCode
{
    IllegalTransition,
    RoleNotAllowed,
    NotRoutedToCarrier,
    ReasonRequired,
    OutOfOrder,
    UnknownCategory,
    CarrierUnknown,
    InvalidAction,
    InvalidNumber,
    CaseNotOpen,
    CannotMergeIntoItself,
    DifferentNumbers,
}
