namespace CallWarden.Data.Intake;

/// <summary>Either the receipt of a stored report or the fields that were refused; never both.</summary>
public sealed record IntakeResult(ReportReceipt? Receipt, IReadOnlyList<FieldError> Errors)
{
    public bool Accepted => Receipt is not null;

    public static IntakeResult Of(ReportReceipt receipt) => new(receipt, []);

    public static IntakeResult Refused(IReadOnlyList<FieldError> errors) => new(null, errors);
}
