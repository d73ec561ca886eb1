namespace CallWarden.Data.Intake;

/// <summary>Whether a reporter may submit now.</summary>
/// <param name="RetryAfter">How long until they may, when refused.</param>
/// <param name="FirstRefusal">
/// The first refusal of the window: the one to explain. Channels that answer every message (SMS,
/// mail) explain the limit once and then stay silent until the window ends, so that the limit
/// does not itself become a stream of replies.
/// </param>
public readonly record struct ReporterVerdict(bool Allowed, TimeSpan RetryAfter, bool FirstRefusal)
{
    public static ReporterVerdict Allow { get; } = new(true, TimeSpan.Zero, false);
}
