using CallWarden.Core.Screening;

namespace CallWarden.Data.Screening;

/// <summary>A decision waiting in the log's queue; its reasons are written out by the writer, not the request.</summary>
public readonly record struct LoggedDecision(string DecisionId, long Subscriber, DateTimeOffset At, Decision Decision);
