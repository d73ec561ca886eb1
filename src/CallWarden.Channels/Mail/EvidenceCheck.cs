using System.Security.Cryptography;

namespace CallWarden.Channels.Mail;

/// <summary>Accepts an attachment only when its bytes are an evidence kind and agree with its declared type and name.</summary>
internal static class EvidenceCheck
{
    /// <summary>The checked file, or null with the reason it is refused.</summary>
    public static EvidenceFile? Check(string fileName, string declaredType, byte[] bytes, out string? refusal)
    {
        var name = Printable(fileName);
        var detected = EvidenceSniffer.Sniff(bytes);
        if (detected.StartsWith('!'))
        {
            refusal = $"attachment '{name}' ({declaredType}) is {detected[1..]}; only audio, images, PDF and mails are accepted";
            return null;
        }

        var declared = declaredType.ToLowerInvariant();
        if (declared != "application/octet-stream" && EvidenceSniffer.Canonical(declared) != detected)
        {
            refusal = $"attachment '{name}' is declared {declared} but its content is {detected}";
            return null;
        }

        var extension = Path.GetExtension(fileName);
        if (extension.Length > 0 && EvidenceSniffer.Canonical(extension) is { } byName && byName != detected)
        {
            refusal = $"attachment '{name}' is named as {byName} but its content is {detected}";
            return null;
        }

        refusal = null;
        return new EvidenceFile(fileName, declared, detected, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>A file name fit for an SMTP reply line: no control characters, bounded.</summary>
    public static string Printable(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c)).Take(80)]);
        return clean.Length == 0 ? "(unnamed)" : clean;
    }
}
