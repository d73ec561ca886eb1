namespace CallWarden.Data.Privacy;

/// <summary>One kind of record past its period: how many, and the ids of the oldest (at most <see cref="RetentionSweep.OldestShown"/>).</summary>
/// <param name="Kind">The policy key: <c>decision-log</c>, <c>raw-payloads</c>, <c>closed-case-reporters</c>, <c>evidence-after-case</c>.</param>
/// <param name="Before">Records from before this instant are past the period.</param>
public sealed record RetentionItem(string Kind, DateTimeOffset Before, int Count, IReadOnlyList<long> OldestIds);
