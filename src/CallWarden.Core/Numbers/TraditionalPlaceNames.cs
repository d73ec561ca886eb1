using System.Collections.Frozen;
using System.Text;

namespace CallWarden.Core.Numbers;

/// <summary>
/// Writes a simplified Chinese place name in traditional characters, with the table in
/// PlaceNamesHant.txt (embedded): libphonenumber has no traditional geocoder data for +86.
/// </summary>
internal static class TraditionalPlaceNames
{
    private const string ResourceName = "CallWarden.Core.Numbers.PlaceNamesHant.txt";

    /// <summary>Simplified → traditional, words and single characters alike.</summary>
    internal static FrozenDictionary<string, string> Table { get; } = Load();

    private static readonly int LongestEntry = Table.Keys.Max(k => k.Length);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Convert(string simplified)
    {
        var result = new StringBuilder(simplified.Length);
        var at = 0;
        while (at < simplified.Length)
        {
            var matched = false;
            for (var length = Math.Min(LongestEntry, simplified.Length - at); length > 0 && !matched; length--)
            {
                if (Lookup.TryGetValue(simplified.AsSpan(at, length), out var traditional))
                {
                    result.Append(traditional);
                    at += length;
                    matched = true;
                }
            }

            if (!matched)
            {
                result.Append(simplified[at]);
                at++;
            }
        }

        return result.ToString();
    }

    /// <summary>Reads the table; a malformed line is a bug in the shipped file, so it throws.</summary>
    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(TraditionalPlaceNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[0].Length != parts[1].Length || !table.TryAdd(parts[0], parts[1]))
            {
                throw new InvalidOperationException($"{ResourceName} line {lineNumber}: expected a new 'simplified traditional' pair of equal length, got '{line}'.");
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
