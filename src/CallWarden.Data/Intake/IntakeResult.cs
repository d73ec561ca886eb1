namespace CallWarden.Data.Intake;

/// <summary>Either the receipt of a stored report or the fields that were refused; never both.</summary>
/// <param name="Conflict">
/// Refused because the caller's idempotency key already names a different report: the API answers 409, mail a
/// 5xx, and SMS files the message anew (issue #9).
/// </param>
public sealed record IntakeResult(ReportReceipt? Receipt, IReadOnlyList<FieldError> Errors, bool Conflict = false)
{
    public bool Accepted => Receipt is not null;

    public static IntakeResult KeyConflict { get; } =
        new(null, [new FieldError("idempotencyKey", "was already used by this caller for a different report; send a new key for a new report")], Conflict: true);

    public static IntakeResult Of(ReportReceipt receipt) => new(receipt, []);

    public static IntakeResult Refused(IReadOnlyList<FieldError> errors) => new(null, errors);
}
