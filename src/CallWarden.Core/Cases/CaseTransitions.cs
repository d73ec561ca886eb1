using System.Collections.Frozen;

namespace CallWarden.Core.Cases;

/// <summary>
/// The legal moves of a case and who may make them, in one table so that it can be read, shown
/// in the staff console ("what can I do now?") and tested exhaustively.
/// </summary>
public static class CaseTransitions
{
    private static readonly FrozenDictionary<(CaseAction Action, CaseState From), CaseState> Moves =
        new Dictionary<(CaseAction, CaseState), CaseState>
        {
            [(CaseAction.Verified, CaseState.Received)] = CaseState.Verified,
            [(CaseAction.Rejected, CaseState.Received)] = CaseState.Rejected,
            [(CaseAction.Rejected, CaseState.Verified)] = CaseState.Rejected,
            [(CaseAction.MergedInto, CaseState.Received)] = CaseState.Merged,
            [(CaseAction.MergedInto, CaseState.Verified)] = CaseState.Merged,
            [(CaseAction.Forwarded, CaseState.Verified)] = CaseState.Forwarded,
            [(CaseAction.ActionRecorded, CaseState.Forwarded)] = CaseState.Actioned,
            [(CaseAction.Closed, CaseState.Actioned)] = CaseState.Closed,
            [(CaseAction.Disputed, CaseState.Verified)] = CaseState.Disputed,
            [(CaseAction.Disputed, CaseState.Forwarded)] = CaseState.Disputed,
            [(CaseAction.Disputed, CaseState.Actioned)] = CaseState.Disputed,
            [(CaseAction.Disputed, CaseState.Closed)] = CaseState.Disputed,
            [(CaseAction.DisputeUpheld, CaseState.Disputed)] = CaseState.Rejected,

            // The target is the state before the dispute; the case supplies it.
            [(CaseAction.DisputeDismissed, CaseState.Disputed)] = CaseState.Disputed,
        }.ToFrozenDictionary();

    /// <summary>True when <paramref name="action"/> may be taken on a case in <paramref name="from"/>.</summary>
    public static bool IsLegal(CaseAction action, CaseState from) => Moves.ContainsKey((action, from));

    /// <summary>The actions legal from <paramref name="state"/>, for the console to offer.</summary>
    public static IReadOnlyList<CaseAction> Available(CaseState state) =>
        [.. Moves.Keys.Where(k => k.From == state).Select(k => k.Action).Order()];

    /// <summary>Carriers only record their action; holders only appeal; the centre does the rest.</summary>
    public static bool Allows(ActorRole role, CaseAction action) => action switch
    {
        CaseAction.ActionRecorded => role == ActorRole.CarrierOperator,
        CaseAction.Disputed => role is ActorRole.NumberHolder or ActorRole.Analyst,
        CaseAction.DisputeUpheld or CaseAction.DisputeDismissed or CaseAction.MergedInto => role == ActorRole.Analyst,
        _ => role is ActorRole.Analyst or ActorRole.System,
    };

    internal static CaseState Target(CaseAction action, CaseState from) => Moves[(action, from)];
}
