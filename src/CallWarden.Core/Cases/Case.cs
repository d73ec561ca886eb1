using CallWarden.Core.Reports;
using System.Collections.Immutable;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Cases;

/// <summary>
/// The reports against one number, followed from receipt to the reporters being told. A case is
/// an immutable value: each transition checks the current state, the actor's role and the reason,
/// appends an <see cref="AuditEvent"/> and returns the new case, or returns why it refused.
/// </summary>
/// <param name="CalledLine">
/// When the caller withheld their number (<see cref="Number"/> is <see cref="NumberKind.Anonymous"/>): the line
/// that received the calls. Its carrier can find the caller in its call records (issue #14 item 8).
/// </param>
public sealed record Case(
    long Id,
    PhoneNumber Number,
    CaseState State,
    ImmutableArray<CaseReport> Reports,
    ImmutableArray<AuditEvent> Audit,
    CaseRouting? Routing = null,
    CarrierAction? Action = null,
    long? MergedInto = null,
    CaseState? StateBeforeDispute = null,
    PhoneNumber? CalledLine = null)
{
    /// <summary>The caller withheld their number: the case is about the calls to <see cref="CalledLine"/>.</summary>
    public bool CallerWithheld => Number.Kind == NumberKind.Anonymous;

    /// <summary>Open cases take new reports against their number.</summary>
    public bool IsOpen => State is not (CaseState.Closed or CaseState.Rejected or CaseState.Merged);

    public DateTimeOffset ReceivedAt => Audit.First(e => e.CaseId == Id && e.Action == CaseAction.Opened).At;

    /// <param name="calledLine">Only for a withheld caller (<paramref name="number"/> anonymous): the line that was called.</param>
    public static CaseResult<Case> Open(long id, PhoneNumber number, CaseReport first, Actor actor, DateTimeOffset at, PhoneNumber? calledLine = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(actor);
        var withheld = number.Kind == NumberKind.Anonymous;
        if (withheld ? calledLine is not { IsValid: true } : !number.IsValid || calledLine is not null)
        {
            return new CaseError(CaseErrorCode.InvalidNumber, withheld
                ? "A case of a withheld caller needs the line that was called"
                : $"A case needs a number that identifies a line, not {number}");
        }

        if (!CaseTransitions.Allows(actor.Role, CaseAction.Opened))
        {
            return NotAllowed(actor, CaseAction.Opened);
        }

        if (!Enum.IsDefined(first.Category))
        {
            return UnknownCategory(first);
        }

        var opened = new AuditEvent(id, actor.Id, actor.Role, at, CaseAction.Opened, null, CaseState.Received, $"report {first.Reference}");
        return new Case(id, number, CaseState.Received, [first], [opened], CalledLine: calledLine);
    }

    /// <summary>The number, or for a withheld caller the called line, as the audit words it.</summary>
    private string Describe() => CallerWithheld ? $"a withheld caller to {CalledLine}" : Number.ToString();

    /// <summary>When this case first entered <paramref name="state"/> (events merged in from other cases do not count).</summary>
    public DateTimeOffset? FirstEnteredAt(CaseState state)
    {
        foreach (var e in Audit)
        {
            if (e.CaseId == Id && e.To == state && e.From != state)
            {
                return e.At;
            }
        }

        return null;
    }

    /// <summary>
    /// The carrier action stopping the number now, if any. A disputed number is only labelled,
    /// never blocked, until the dispute is decided.
    /// </summary>
    public CarrierAction? ActionInForce(TimeProvider time) =>
        State != CaseState.Disputed && Action is { } action && action.IsInForce(time) ? action : null;

    /// <summary>Adds a report against the same number; the same reference twice changes nothing (intake retries).</summary>
    public CaseResult<Case> Attach(CaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!IsOpen)
        {
            return new CaseError(CaseErrorCode.CaseNotOpen, $"Case {Id} is {State} and takes no more reports");
        }

        if (!Enum.IsDefined(report.Category))
        {
            return UnknownCategory(report);
        }

        return Reports.Any(r => r.Reference == report.Reference) ? this : this with { Reports = Reports.Add(report) };
    }

    public CaseResult<Case> Verify(Actor actor, DateTimeOffset at, string reason) => Move(CaseAction.Verified, actor, at, reason);

    public CaseResult<Case> Reject(Actor actor, DateTimeOffset at, string reason) => Move(CaseAction.Rejected, actor, at, reason);

    /// <summary>
    /// Routes the case to <paramref name="carrier"/>, and to the police when a report is a threat or
    /// fraud or when the analyst refers it (<paramref name="police"/>): the carrier always owns the number.
    /// </summary>
    public CaseResult<Case> Forward(Carrier carrier, Actor actor, DateTimeOffset at, string reason, bool police = false) =>
        Move(CaseAction.Forwarded, actor, at, reason, c => carrier is Carrier.Unknown or Carrier.Other
            ? new CaseError(CaseErrorCode.CarrierUnknown, $"The carrier of {(CallerWithheld ? CalledLine : Number)} is unknown: name the carrier, or record it in the carrier override table first")
            : c with { Routing = CaseRouting.For(carrier, c.Reports) is var routing && police ? routing with { Police = true } : routing });

    /// <summary>The carrier's operator records what the carrier did; a restriction needs its length in days.</summary>
    public CaseResult<Case> RecordAction(CarrierActionKind kind, int? restrictionDays, Actor actor, DateTimeOffset at, string reason) =>
        Move(CaseAction.ActionRecorded, actor, at, reason, c =>
        {
            if (c.Routing?.Carrier != actor.Carrier)
            {
                return new CaseError(CaseErrorCode.NotRoutedToCarrier, $"Case {Id} was not routed to {actor.Carrier}");
            }

            if (CallerWithheld && kind is CarrierActionKind.RestrictOutbound or CarrierActionKind.RestrictOutboundSms or CarrierActionKind.SuspendOutbound or CarrierActionKind.ReclaimNumber)
            {
                // Nothing may be done to a number nobody knows: the carrier traces the caller, and acts on that number's own case.
                return new CaseError(CaseErrorCode.InvalidAction, "The caller withheld their number: trace it in the call records, then act on the traced number's own case");
            }

            if ((kind is CarrierActionKind.RestrictOutbound or CarrierActionKind.RestrictOutboundSms) != restrictionDays.HasValue || restrictionDays <= 0)
            {
                return new CaseError(CaseErrorCode.InvalidAction, "A restriction takes a number of days above zero; other actions take none");
            }

            DateTimeOffset? endsAt = restrictionDays is { } days ? at.AddDays(days) : null;
            return c with { Action = new CarrierAction(kind, at, endsAt) };
        });

    /// <summary>Closes the case once every reporter has been told the result.</summary>
    public CaseResult<Case> Close(Actor actor, DateTimeOffset at, string reason) => Move(CaseAction.Closed, actor, at, reason);

    /// <summary>The number's holder appeals; the case remembers where it was.</summary>
    public CaseResult<Case> Dispute(Actor actor, DateTimeOffset at, string reason) =>
        Move(CaseAction.Disputed, actor, at, reason, c => c with { StateBeforeDispute = c.State });

    /// <summary>
    /// An analyst decides the appeal: upheld rejects the case and lifts any carrier action;
    /// dismissed returns the case to where it was.
    /// </summary>
    public CaseResult<Case> ResolveDispute(bool upheld, Actor actor, DateTimeOffset at, string reason) => upheld
        ? Move(CaseAction.DisputeUpheld, actor, at, reason, c => c with { StateBeforeDispute = null, Action = c.Action is { } a ? a with { LiftedAt = at } : null })
        : Move(CaseAction.DisputeDismissed, actor, at, reason, c => c with { StateBeforeDispute = null });

    /// <summary>
    /// Folds this case into <paramref name="target"/> (same number, still open). The target keeps
    /// every report and every audit event of both, in time order, plus one for the merge.
    /// </summary>
    public CaseResult<CaseMerge> MergeInto(Case target, Actor actor, DateTimeOffset at, string reason)
    {
        ArgumentNullException.ThrowIfNull(target);
        var moved = Move(CaseAction.MergedInto, actor, at, reason, c => c with { MergedInto = target.Id });
        var refusal = moved.Error
            ?? (target.Id == Id ? new CaseError(CaseErrorCode.CannotMergeIntoItself, $"Case {Id} cannot be merged into itself") : null)
            ?? (target.Number != Number || target.CalledLine != CalledLine
                ? new CaseError(CaseErrorCode.DifferentNumbers, $"Case {Id} is about {Describe()}, case {target.Id} about {target.Describe()}") : null)
            ?? (!target.IsOpen ? new CaseError(CaseErrorCode.CaseNotOpen, $"Case {target.Id} is {target.State} and takes no more reports") : null)
            ?? (at < target.Audit[^1].At ? OutOfOrder(at, target) : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var source = moved.Value;
        var known = target.Reports.Select(r => r.Reference).ToHashSet(StringComparer.Ordinal);
        var absorbed = new AuditEvent(target.Id, actor.Id, actor.Role, at, CaseAction.Absorbed, target.State, target.State, $"case {Id}: {reason.Trim()}");
        var merged = target with
        {
            Reports = target.Reports.AddRange(source.Reports.Where(r => !known.Contains(r.Reference))),
            Audit = [.. target.Audit.Concat(source.Audit).OrderBy(e => e.At), absorbed],
        };
        return new CaseMerge(source, merged);
    }

    private CaseResult<Case> Move(CaseAction action, Actor actor, DateTimeOffset at, string reason, Func<Case, CaseResult<Case>>? change = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CaseTransitions.IsLegal(action, State))
        {
            var offered = string.Join(", ", CaseTransitions.Available(State));
            return new CaseError(CaseErrorCode.IllegalTransition, $"Case {Id} is {State}: {action} is not possible (possible: {(offered.Length == 0 ? "nothing" : offered)})");
        }

        if (!CaseTransitions.Allows(actor.Role, action))
        {
            return NotAllowed(actor, action);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new CaseError(CaseErrorCode.ReasonRequired, $"{action} needs a reason for the audit trail");
        }

        if (at < Audit[^1].At)
        {
            return OutOfOrder(at, this);
        }

        var to = action == CaseAction.DisputeDismissed ? StateBeforeDispute ?? State : CaseTransitions.Target(action, State);
        var changed = change is null ? this : change(this);
        return changed.Succeeded
            ? changed.Value with { State = to, Audit = changed.Value.Audit.Add(new AuditEvent(Id, actor.Id, actor.Role, at, action, State, to, reason.Trim())) }
            : changed;
    }

    private static CaseError NotAllowed(Actor actor, CaseAction action) =>
        new(CaseErrorCode.RoleNotAllowed, $"{actor.Id} ({actor.Role}) may not make the change {action}");

    private static CaseError UnknownCategory(CaseReport report) =>
        new(CaseErrorCode.UnknownCategory, $"Report {report.Reference} has the unknown category '{report.Category}'; known: {string.Join(", ", Enum.GetValues<ReportCategory>().Select(c => c.ToCode()))}");

    private static CaseError OutOfOrder(DateTimeOffset at, Case c) =>
        new(CaseErrorCode.OutOfOrder, $"The change is dated {at:O}, before the last event of case {c.Id} at {c.Audit[^1].At:O}");
}
