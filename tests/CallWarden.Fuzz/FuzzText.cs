using System.Text;

namespace CallWarden.Fuzz;

/// <summary>Splits an input into the fields a harness needs: text fields separated by tabs, the last one taking the rest.</summary>
internal static class FuzzText
{
    public static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary><paramref name="count"/> fields, or null when the input has fewer tabs.</summary>
    public static string[]? Fields(byte[] input, int count)
    {
        var parts = Utf8(input).Split('\t', count);
        return parts.Length == count ? parts : null;
    }
}
