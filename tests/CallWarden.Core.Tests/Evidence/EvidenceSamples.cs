namespace CallWarden.Core.Tests.Evidence;

/// <summary>The first bytes of each kind the checks tell apart.</summary>
internal static class EvidenceSamples
{
    public static byte[] Wav => [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0];

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0];

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    public static byte[] Elf => [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0];

    public static byte[] Pe => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0];
}
