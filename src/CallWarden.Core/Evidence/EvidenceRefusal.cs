namespace CallWarden.Core.Evidence;

/// <summary>
/// A file refused as evidence. <paramref name="FileName"/> is printable (no control characters, bounded);
/// <paramref name="Content"/> is what the bytes are: a content type, or a description such as "an ELF executable".
/// </summary>
public sealed record EvidenceRefusal(EvidenceProblem Problem, string FileName, string DeclaredType, string Content, string? NamedType = null)
{
    /// <summary>The refusal in English, for a protocol reply (SMTP) or a log.</summary>
    public string Message => Problem switch
    {
        EvidenceProblem.NotEvidence => $"attachment '{FileName}' ({DeclaredType}) is {Content}; only audio, images, PDF and mails are accepted",
        EvidenceProblem.DeclaredTypeDisagrees => $"attachment '{FileName}' is declared {DeclaredType} but its content is {Content}",
        _ => $"attachment '{FileName}' is named as {NamedType} but its content is {Content}",
    };

    public override string ToString() => Message;
}
