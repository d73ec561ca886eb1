using System.IO.Compression;
using System.Reflection;
using PhoneNumbers;

namespace CallWarden.Core.Tests.Numbers;

/// <summary>
/// The prefix → description files the tests check the attribution code against: the ones
/// libphonenumber really ships (read with its own internal reader, so a new release is checked as
/// soon as it is referenced) and the descriptions of the raw prefix file kept under Data/.
/// </summary>
internal static class PrefixData
{
    /// <summary>
    /// libphonenumber's embedded map <paramref name="file"/> (<c>geocoding.zh.86</c>, <c>carrier.en.86</c>…),
    /// prefix → description.
    /// </summary>
    public static SortedDictionary<int, string> Shipped(string file)
    {
        var assembly = typeof(PhoneNumberUtil).Assembly;
        var reader = assembly.GetType("PhoneNumbers.BuildPrefixMapFromBin")?.GetMethod("ReadAreaCodeMap", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("libphonenumber-csharp no longer has BuildPrefixMapFromBin.ReadAreaCodeMap: update PrefixData to its new data reader.");
        using var resource = assembly.GetManifestResourceStream("PhoneNumbers." + file)
            ?? throw new InvalidOperationException($"libphonenumber-csharp ships no {file}.");
        using var unzipped = new GZipStream(resource, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        unzipped.CopyTo(buffer);
        buffer.Position = 0;
        return (SortedDictionary<int, string>)reader.Invoke(null, [buffer])!;
    }

    /// <summary>The distinct descriptions of a shipped map, as xunit theory data.</summary>
    public static TheoryData<string> ShippedDescriptions(string file) => [.. Shipped(file).Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Every distinct description of shared/data/libphonenumber/geocoding-zh-86.txt.</summary>
    public static TheoryData<string> RawZhDescriptions() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Numbers", "Data", "geocoding-zh-86-descriptions.txt"))
            .Where(line => line.Length > 0 && line[0] != '#'),
    ];
}
