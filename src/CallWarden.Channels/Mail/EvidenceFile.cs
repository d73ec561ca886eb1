namespace CallWarden.Channels.Mail;

/// <summary>An attachment that passed the checks: its bytes are what its name and type say.</summary>
internal sealed record EvidenceFile(string FileName, string DeclaredType, string DetectedType, byte[] Bytes, string Sha256);
