namespace CallWarden.Core.Cases;

/// <summary>
/// A carrier's recorded action. Whether it is in force is computed from the clock — a restriction
/// ends at <paramref name="EndsAt"/> without anybody lifting it; <paramref name="LiftedAt"/> is set
/// only when an upheld appeal reverses the action.
/// </summary>
public sealed record CarrierAction(
    CarrierActionKind Kind,
    DateTimeOffset TakenAt,
    DateTimeOffset? EndsAt = null,
    DateTimeOffset? LiftedAt = null)
{
    /// <summary>True for the kinds that stop the number calling (warnings and clean findings do not).</summary>
    public bool Enforces => Kind is CarrierActionKind.RestrictOutbound or CarrierActionKind.SuspendOutbound or CarrierActionKind.ReclaimNumber;

    public bool IsInForceAt(DateTimeOffset now) =>
        Enforces && now >= TakenAt && (EndsAt is null || now < EndsAt) && (LiftedAt is null || now < LiftedAt);

    public bool IsInForce(TimeProvider time) => IsInForceAt(time.GetUtcNow());
}
