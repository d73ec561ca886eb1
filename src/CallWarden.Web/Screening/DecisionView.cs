using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data.Decisions;

namespace CallWarden.Web.Screening;

/// <summary>One logged decision as its subscriber reads it; the caller is null when it was withheld.</summary>
internal sealed record DecisionView(string DecisionId, DateTimeOffset At, string? Caller, string Action, int SipCode, string Rule, string? Label, string Reasons)
{
    public static DecisionView Of(DecisionLogEntry entry) => new(
        entry.DecisionId,
        entry.At,
        entry.Caller == 0 ? null : new PhoneNumber(entry.Caller, NumberKind.Mobile).ToE164String(),
        entry.Action.ToCode(),
        entry.SipCode,
        entry.DecidingRule,
        entry.Label,
        entry.Reasons);
}
