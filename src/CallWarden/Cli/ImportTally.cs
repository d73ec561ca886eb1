using CallWarden.Storage;

namespace CallWarden.Cli;

/// <summary>What an import did: counts, and each skipped row's line grouped by reason.</summary>
internal sealed class ImportTally
{
    private const int LinesShownPerReason = 5;

    public int Imported { get; private set; }

    public int Duplicates { get; private set; }

    public SortedDictionary<string, List<(int Line, string Detail)>> Problems { get; } = new(StringComparer.Ordinal);

    public void Accept(bool duplicate)
    {
        if (duplicate)
        {
            Duplicates++;
        }
        else
        {
            Imported++;
        }
    }

    public void Skip(int line, string reason, string detail)
    {
        if (!Problems.TryGetValue(reason, out var lines))
        {
            Problems[reason] = lines = [];
        }

        lines.Add((line, detail));
    }

    public void Render(TextWriter output, string file, DatabaseLocation location)
    {
        var skipped = Problems.Values.Sum(l => l.Count);
        output.WriteLine($"{file} → {location}: {Imported:N0} imported, {Duplicates:N0} already there, {skipped:N0} skipped");
        foreach (var (reason, lines) in Problems)
        {
            var shown = string.Join("; ", lines.Take(LinesShownPerReason).Select(l => $"line {l.Line}: {CliText.Plain(l.Detail)}"));
            var more = lines.Count > LinesShownPerReason ? $"; … {lines.Count - LinesShownPerReason:N0} more" : string.Empty;
            output.WriteLine($"  skipped {lines.Count:N0} × {reason} ({shown}{more})");
        }
    }
}
