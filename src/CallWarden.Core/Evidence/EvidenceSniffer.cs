using System.Text;

namespace CallWarden.Core.Evidence;

/// <summary>
/// What a file really is, read from its first bytes rather than from its name or declared type:
/// the evidence kinds 12321 accepts (recordings, pictures, PDF, spam mails), and the executables
/// and scripts that must never pass as one of them.
/// </summary>
public static class EvidenceSniffer
{
    public const string Wav = "audio/wav";
    public const string Mp3 = "audio/mpeg";
    public const string Amr = "audio/amr";
    public const string M4a = "audio/mp4";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Gif = "image/gif";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";
    public const string Mail = "message/rfc822";

    /// <summary>The detected type, or a description of a dangerous or unknown content starting with <c>!</c>.</summary>
    public static string Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("RIFF"u8) && b.Length >= 12 && b[8..12].SequenceEqual("WAVE"u8)) { return Wav; }
        if (b.StartsWith("RIFF"u8) && b.Length >= 12 && b[8..12].SequenceEqual("WEBP"u8)) { return WebP; }
        if (b.StartsWith("ID3"u8) || (b.Length >= 2 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0)) { return Mp3; }
        if (b.StartsWith("#!AMR"u8)) { return Amr; }
        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8) && IsAudioBrand(b[8..12])) { return M4a; }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) { return Jpeg; }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) { return Png; }
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)) { return Gif; }
        if (b.StartsWith("%PDF-"u8)) { return Pdf; }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46])) { return "!an ELF executable"; }
        if (b.StartsWith("MZ"u8)) { return "!a Windows executable"; }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE])) { return "!a Mach-O executable"; }
        if (b.StartsWith("#!"u8)) { return "!a script"; }
        if (b.StartsWith("PK"u8)) { return "!an archive"; }
        return LooksLikeMail(b) ? Mail : "!of no accepted evidence type";
    }

    private static bool IsAudioBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("M4A "u8) || brand.SequenceEqual("M4B "u8) || brand.SequenceEqual("mp42"u8) || brand.SequenceEqual("isom"u8) || brand.SequenceEqual("3gp4"u8);

    /// <summary>A mail is text whose first line is a header field (<c>Name: value</c>).</summary>
    private static bool LooksLikeMail(ReadOnlySpan<byte> b)
    {
        var head = b[..Math.Min(b.Length, 1024)];
        if (head.IsEmpty || head.IndexOfAnyInRange((byte)0, (byte)8) >= 0)
        {
            return false;
        }

        var end = head.IndexOfAny((byte)'\r', (byte)'\n');
        var line = Encoding.ASCII.GetString(end < 0 ? head : head[..end]);
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    /// <summary>The canonical type of a declared content type or file extension, or null when it names no accepted kind.</summary>
    public static string? Canonical(string declared) => declared.ToLowerInvariant() switch
    {
        "audio/wav" or "audio/x-wav" or "audio/wave" or "audio/vnd.wave" or ".wav" => Wav,
        "audio/mpeg" or "audio/mp3" or "audio/x-mp3" or "audio/mpeg3" or ".mp3" => Mp3,
        "audio/amr" or ".amr" => Amr,
        "audio/mp4" or "audio/m4a" or "audio/x-m4a" or "audio/aac" or ".m4a" => M4a,
        "image/jpeg" or "image/jpg" or "image/pjpeg" or ".jpg" or ".jpeg" => Jpeg,
        "image/png" or ".png" => Png,
        "image/gif" or ".gif" => Gif,
        "image/webp" or ".webp" => WebP,
        "application/pdf" or ".pdf" => Pdf,
        "message/rfc822" or ".eml" => Mail,
        _ => null,
    };
}
