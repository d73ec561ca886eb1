using System.Security.Cryptography;

namespace CallWarden.Core.Evidence;

/// <summary>
/// Accepts a file only when its bytes are an evidence kind and agree with its declared type and name:
/// the one check for every channel that takes files (mail attachments, the web form's upload).
/// </summary>
public static class EvidenceCheck
{
    /// <summary>The checked file, or null with the reason it is refused.</summary>
    public static EvidenceFile? Check(string fileName, string declaredType, byte[] bytes, out EvidenceRefusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(declaredType);
        ArgumentNullException.ThrowIfNull(bytes);
        var name = Printable(fileName);
        var detected = EvidenceSniffer.Sniff(bytes);
        if (detected.StartsWith('!'))
        {
            refusal = new EvidenceRefusal(EvidenceProblem.NotEvidence, name, declaredType, detected[1..]);
            return null;
        }

        var declared = declaredType.ToLowerInvariant();
        if (declared != "application/octet-stream" && EvidenceSniffer.Canonical(declared) != detected)
        {
            refusal = new EvidenceRefusal(EvidenceProblem.DeclaredTypeDisagrees, name, declared, detected);
            return null;
        }

        var extension = Path.GetExtension(fileName);
        if (extension.Length > 0 && EvidenceSniffer.Canonical(extension) is { } byName && byName != detected)
        {
            refusal = new EvidenceRefusal(EvidenceProblem.NameDisagrees, name, declared, detected, byName);
            return null;
        }

        refusal = null;
        return new EvidenceFile(fileName, declared, detected, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>A file name fit for a reply line or a page: no control characters, bounded.</summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new string([.. text.Where(c => !char.IsControl(c)).Take(80)]);
        return clean.Length == 0 ? "(unnamed)" : clean;
    }
}
