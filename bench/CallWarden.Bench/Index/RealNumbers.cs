namespace CallWarden.Bench.Index;

/// <summary>US numbers reported to the FTC (Data/README.md): 10-digit NANP numbers as +1 E.164 keys.</summary>
internal static class RealNumbers
{
    public static readonly string[] Files =
    [
        "ftc-dnc-90days-numbers-2025-10.csv",
        "ftc-dnc-complaint-numbers-2021-07-08.numbers.csv",
    ];

    public static long[] Load(string file)
    {
        var keys = new SortedSet<long>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file)).Skip(1))
        {
            var digits = line.Trim().Trim('"');
            if (digits.Length == 10 && digits[0] is >= '2' and <= '9' && long.TryParse(digits, out var national))
            {
                keys.Add(10_000_000_000 + national);
            }
        }

        return [.. keys];
    }
}
