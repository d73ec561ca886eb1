using CallWarden.Data.Outbox;

namespace CallWarden.Data.Operations;

/// <summary>The unsent messages of one channel and how long the oldest of them has waited.</summary>
public sealed record OutboxBacklog(OutboxChannel Channel, int Unsent, TimeSpan OldestAge);
