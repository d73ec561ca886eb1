using CallWarden.Core.Evidence;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// How the desk hands out a reporter's file: recordings and raster images shown in the page, every
/// other file (a mail, a PDF) only downloaded. Nothing a reporter sent is ever rendered as a document
/// of this site: the answer is sandboxed and its type is never sniffed.
/// </summary>
internal static class EvidenceServing
{
    public static bool IsImage(string detectedType) =>
        detectedType is EvidenceSniffer.Jpeg or EvidenceSniffer.Png or EvidenceSniffer.Gif or EvidenceSniffer.WebP;

    public static bool IsAudio(string detectedType) =>
        detectedType is EvidenceSniffer.Wav or EvidenceSniffer.Mp3 or EvidenceSniffer.Amr or EvidenceSniffer.M4a;

    public static bool IsInline(string detectedType) => IsImage(detectedType) || IsAudio(detectedType);

    /// <summary>The type the answer declares: the detected one for what is shown inline, the mail's own for .eml, else bytes.</summary>
    public static string ContentType(string detectedType) =>
        IsInline(detectedType) || detectedType is EvidenceSniffer.Mail or EvidenceSniffer.Pdf ? detectedType : "application/octet-stream";

    /// <summary>A download name with only safe characters, ending as the content is (<c>.eml</c> for a mail).</summary>
    public static string DownloadName(string fileName, string detectedType, string sha256)
    {
        var safe = new string([.. fileName.Where(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_')]).Trim('.');
        var extension = detectedType switch
        {
            EvidenceSniffer.Mail => ".eml",
            EvidenceSniffer.Pdf => ".pdf",
            _ => string.Empty,
        };
        var name = safe.Length is > 0 and <= 120 ? safe : sha256[..16];
        return extension.Length > 0 && !name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? name + extension : name;
    }
}
