using CallWarden.Data.Intake;

namespace CallWarden.Data.Privacy;

/// <summary>
/// One consent given (issue #10 part 1): who, to which version of the privacy notice, for what purpose,
/// on which channel, when. Written with the report or the sign-up it belongs to; deleted with the
/// person's other data when they withdraw (the withdrawal itself is audited without them).
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    /// <summary>The person as their channel knows them: the E.164 text of a phone (<c>+8613912345678</c>) or a channel identity (<c>mail:ann@example.cn</c>).</summary>
    public required string Subject { get; set; }

    /// <summary>The phone as E.164 digits when the person is known by one.</summary>
    public long? Phone { get; set; }

    /// <summary>The notice version agreed to (<c>privacy-2026-12</c>).</summary>
    public required string Notice { get; set; }

    public ConsentPurpose Purpose { get; set; }

    public IntakeChannel Channel { get; set; }

    public DateTimeOffset At { get; set; }
}
