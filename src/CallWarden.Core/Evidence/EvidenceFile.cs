namespace CallWarden.Core.Evidence;

/// <summary>A file that passed <see cref="EvidenceCheck"/>: its bytes are what its name and type say.</summary>
public sealed record EvidenceFile(string FileName, string DeclaredType, string DetectedType, byte[] Bytes, string Sha256)
{
    /// <summary>A recording of the call: proof that the call happened, which weighs a report more.</summary>
    public bool IsRecording => DetectedType.StartsWith("audio/", StringComparison.Ordinal);
}
