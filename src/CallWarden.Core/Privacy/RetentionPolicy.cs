namespace CallWarden.Core.Privacy;

/// <summary>
/// How long each kind of record is kept (issue #10 part 3), read from a policy file
/// (<c>retention.conf</c>, shipped with these defaults): <c>key = period</c> lines, <c>#</c> comments.
/// A bad file is refused with a message naming its key; nothing is removed under a policy half read.
/// </summary>
public sealed record RetentionPolicy(RetentionPeriod DecisionLog, RetentionPeriod RawPayloads, RetentionPeriod ClosedCaseReporters, RetentionPeriod EvidenceAfterCase)
{
    public const string DecisionLogKey = "decision-log";
    public const string RawPayloadsKey = "raw-payloads";
    public const string ClosedCaseReportersKey = "closed-case-reporters";
    public const string EvidenceAfterCaseKey = "evidence-after-case";

    private const string ShippedResource = "CallWarden.Core.Privacy.retention.conf";

    private static readonly string[] Keys = [DecisionLogKey, RawPayloadsKey, ClosedCaseReportersKey, EvidenceAfterCaseKey];

    /// <summary>The shipped policy: decisions 30 days, raw payloads 180 days, reporters of closed cases 2 years, evidence 1 year after its case.</summary>
    public static RetentionPolicy Shipped { get; } = LoadShipped();

    /// <summary>The shipped file's text, to copy and change.</summary>
    public static string ShippedText { get; } = ReadShipped();

    /// <summary>Reads a policy file; <paramref name="error"/> names the line and key that are wrong.</summary>
    public static bool TryParse(string text, out RetentionPolicy? policy, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        policy = null;
        var periods = new Dictionary<string, RetentionPeriod>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var hash = lines[i].IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? lines[i][..hash] : lines[i]).TrimStart('\uFEFF').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? line : line[..equals]).Trim();
            if (equals < 0)
            {
                error = $"line {i + 1}: {key} has no value; write {key} = 30d (days) or {key} = 2y (years)";
                return false;
            }

            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                error = $"line {i + 1}: {key} is no retention key; the keys are {string.Join(", ", Keys)}";
                return false;
            }

            if (periods.ContainsKey(key))
            {
                error = $"line {i + 1}: {key} is given twice";
                return false;
            }

            if (!RetentionPeriod.TryParse(line[(equals + 1)..], out var period))
            {
                error = $"line {i + 1}: {key} must be a whole number of days or years, e.g. 30d or 2y (1–36500 days, 1–100 years), not '{line[(equals + 1)..].Trim()}'";
                return false;
            }

            periods[key] = period;
        }

        if (Keys.FirstOrDefault(k => !periods.ContainsKey(k)) is { } missing)
        {
            error = $"{missing} is missing; every key is required ({string.Join(", ", Keys)})";
            return false;
        }

        policy = new RetentionPolicy(periods[DecisionLogKey], periods[RawPayloadsKey], periods[ClosedCaseReportersKey], periods[EvidenceAfterCaseKey]);
        error = null;
        return true;
    }

    private static string ReadShipped()
    {
        using var stream = typeof(RetentionPolicy).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The retention policy {ShippedResource} is not embedded in CallWarden.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static RetentionPolicy LoadShipped() =>
        TryParse(ReadShipped(), out var policy, out var error) ? policy! : throw new InvalidOperationException($"The shipped retention policy is malformed: {error}");
}
