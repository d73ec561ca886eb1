namespace CallWarden.Data.Evidence;

/// <summary>
/// A file a reporter attached to a report (a recording, a screenshot, a spam mail). The bytes live in
/// the evidence folder under their SHA-256, not in the row: the store stays small and fast for the
/// group-committed intake, the same sample sent by many reporters is kept once, and the name proves
/// the content.
/// </summary>
public sealed class EvidenceRecord
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    /// <summary>The report's reference (<c>R20261128-000123</c>), so a dossier lists evidence without a join.</summary>
    public required string ReportReference { get; set; }

    /// <summary>The file name the sender gave, as evidence; never used as a path.</summary>
    public required string FileName { get; set; }

    /// <summary>The content type the mail declared.</summary>
    public required string DeclaredType { get; set; }

    /// <summary>The content type the bytes show (magic numbers).</summary>
    public required string DetectedType { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes; also the file's name in the evidence folder.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
