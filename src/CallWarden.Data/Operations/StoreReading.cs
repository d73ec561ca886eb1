namespace CallWarden.Data.Operations;

/// <summary>One read of the store for the gauges; <see cref="At"/> is when it was read.</summary>
public sealed record StoreReading(IReadOnlyList<OutboxBacklog> Outbox, long NewestChange, DateTimeOffset At)
{
    public static readonly StoreReading None = new([], 0, DateTimeOffset.MinValue);
}
