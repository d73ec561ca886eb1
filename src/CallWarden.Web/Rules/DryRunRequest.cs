using CallWarden.Core.Screening;

namespace CallWarden.Web.Rules;

/// <summary>Proposed rules and, optionally, the calls to replay; without calls the subscriber's decision log of the last 30 days is used.</summary>
internal sealed record DryRunRequest(SubscriberRules? Rules, IReadOnlyList<DryRunCall>? Calls);

/// <summary>A past call to replay: who called and when.</summary>
internal sealed record DryRunCall(string? Caller, DateTimeOffset At);
