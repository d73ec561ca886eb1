using CallWarden.Core.Reputation;

namespace CallWarden.Data.Intake;

/// <summary>What every batch of intake works with.</summary>
internal sealed record IntakeSettings(IntakeOptions Options, ReputationCalculator Calculator, AttributionCache Attributions);
