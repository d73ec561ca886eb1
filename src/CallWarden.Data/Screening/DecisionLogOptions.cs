namespace CallWarden.Data.Screening;

/// <summary>How much of the screening decisions is kept (configuration section "DecisionLog").</summary>
public sealed record DecisionLogOptions
{
    public const string Section = "DecisionLog";

    /// <summary>Every decision that does not simply allow is kept; of allowed calls, one in this many.</summary>
    public int AllowSampleEvery { get; init; } = 100;

    /// <summary>Decisions waiting to be written; beyond this they are dropped and counted, never waited for.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>
    /// How long the writer lets decisions gather before it saves them: one transaction for a batch
    /// instead of one for every few blocked calls (issue #12 part 6). A subscriber sees a decision in
    /// "recent calls" this much later at most. Zero writes as soon as anything is queued.
    /// </summary>
    public TimeSpan WriteEvery { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The newest this many entries per subscriber are kept; older ones are pruned.</summary>
    public int MaxEntriesPerSubscriber { get; init; } = 1000;

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        Check(AllowSampleEvery is >= 1 and <= 1_000_000, nameof(AllowSampleEvery), "must be between 1 and 1000000");
        Check(QueueCapacity is >= 16 and <= 10_000_000, nameof(QueueCapacity), "must be between 16 and 10000000");
        Check(WriteEvery >= TimeSpan.Zero && WriteEvery <= TimeSpan.FromSeconds(10), nameof(WriteEvery), "must be between 00:00:00 and 00:00:10");
        Check(MaxEntriesPerSubscriber is >= 1 and <= 1_000_000, nameof(MaxEntriesPerSubscriber), "must be between 1 and 1000000");
        return problems;

        void Check(bool ok, string key, string message)
        {
            if (!ok)
            {
                problems.Add($"{Section}:{key} {message}");
            }
        }
    }
}
