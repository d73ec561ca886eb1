using CallWarden.Data.Intake;

namespace CallWarden.Data.Privacy;

/// <summary>
/// One audited step of a person's rights (issue #10 part 2) or of retention (part 3), without the
/// personal data itself: the person is a keyed digest (<see cref="DataSubject.Digest"/>), the detail
/// holds counts and ids only.
/// </summary>
public sealed class PrivacyAuditRecord
{
    public const int DetailLength = 512;

    public long Id { get; set; }

    /// <summary>The digest of the person's identity; empty for a retention round, which is nobody's.</summary>
    public required string SubjectDigest { get; set; }

    public PrivacyAction Action { get; set; }

    public IntakeChannel? Channel { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>What was done, in counts and ids (<c>reports=3 rules=1 decisions=12 consents=4</c>).</summary>
    public required string Detail { get; set; }
}
