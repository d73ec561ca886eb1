using CallWarden.Core.Reputation;

namespace CallWarden.Web.Numbers;

internal sealed record ReputationView(int Score, ReputationState State, string? Category, int Reporters, DateTimeOffset? LastReportAt);
