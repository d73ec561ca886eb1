namespace CallWarden.Data.Storage;

/// <summary>
/// A named counter (case ids, the daily report sequence). Its value is also its concurrency
/// token, so two nodes that take the same number cannot both commit.
/// </summary>
public sealed class Counter
{
    public required string Name { get; set; }

    public long Value { get; set; }
}
