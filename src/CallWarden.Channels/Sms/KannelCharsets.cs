using System.Text;

namespace CallWarden.Channels.Sms;

/// <summary>The charsets Kannel names for an MO text: UTF-8 (with mo-recode), UTF-16BE (UCS-2), ISO-8859-1 (8-bit).</summary>
internal static class KannelCharsets
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16 = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes, string? charset) => charset?.Trim().Trim('"').ToUpperInvariant() switch
    {
        "UTF-16BE" or "UTF-16" or "UCS-2" or "UCS2" or "UTF16BE" => Utf16.GetString(bytes),
        "ISO-8859-1" or "LATIN1" or "WINDOWS-1252" => Encoding.Latin1.GetString(bytes),
        _ => Utf8.GetString(bytes),
    };
}
