namespace CallWarden.Data.Intake;

/// <summary>The longest text each field of a submission may hold; the columns are sized to match.</summary>
public static class SubmissionLimits
{
    public const int TargetText = 64;
    public const int Reason = 200;
    public const int Content = 2000;
    public const int RawPayload = 16_384;
    public const int IdempotencyKey = 128;
    public const int ReporterIdentity = 254;
    public const int ConsentNotice = 32;
}
