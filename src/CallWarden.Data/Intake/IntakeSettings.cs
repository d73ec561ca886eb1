using CallWarden.Core.Reputation;

namespace CallWarden.Data.Intake;

/// <summary>
/// What every batch of intake works with. <paramref name="Notice"/> is the privacy notice version in force:
/// a report whose channel named none (SMS, mail, the API without one) is recorded as agreeing to it, the
/// notice its acknowledgement links to (issue #10 part 1).
/// </summary>
internal sealed record IntakeSettings(IntakeOptions Options, ReputationCalculator Calculator, AttributionCache Attributions, string Notice);
