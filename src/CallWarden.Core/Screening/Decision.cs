using System.Collections.Immutable;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Screening;

/// <summary>
/// What to do with one call, and why: every rule that matched, in rule order, the decisive one
/// marked. Equal inputs give equal decisions (<see cref="Equals(Decision?)"/> compares the reasons too).
/// </summary>
/// <param name="Action">The disposition the call gets.</param>
/// <param name="SipCode">The SIP status that renders <paramref name="Action"/>; 200 means "relay".</param>
/// <param name="Label">The label shown with a relayed call (the first labelling rule's); null when the call does not ring.</param>
/// <param name="Caller">The caller as the engine normalised it.</param>
/// <param name="PolicyVersion">The deployment's screening policy version.</param>
/// <param name="RulesVersion">The version of the callee's rules the decision read.</param>
/// <param name="CommunityVersion">The change-feed position of the community snapshot the decision read.</param>
/// <param name="Announcement">What the caller hears for powered_off and not_in_service.</param>
/// <param name="Contact">Where voicemail redirects to (the 302 Contact).</param>
/// <param name="Redress">Where a caller who thinks the block is wrong can turn; set on blocking decisions.</param>
public sealed record Decision(
    Disposition Action,
    int SipCode,
    string? Label,
    ImmutableArray<Reason> Reasons,
    PhoneNumber Caller,
    string PolicyVersion,
    long RulesVersion,
    long CommunityVersion,
    string? Announcement = null,
    string? Contact = null,
    string? Redress = null)
{
    /// <summary>The reason whose outcome the call got.</summary>
    public Reason DecidedBy => Reasons.First(reason => reason.Decisive);

    /// <summary>
    /// The reason a person reads for what happened: the deciding one, except for a call relayed with a label because
    /// nothing decided — then the rule that labelled it (a label-only subscriber reads "you chose label-only", not
    /// "no rule decided"; issue #10 part 4). <see cref="DecidedBy"/> stays the rule the logs and metrics count.
    /// </summary>
    public Reason Explanation =>
        Action == Disposition.Label && DecidedBy.Rule == ScreeningRule.Default && Reasons.FirstOrDefault(r => r.Outcome == Disposition.Label) is { } labelled
            ? labelled
            : DecidedBy;

    public bool Equals(Decision? other) =>
        other is not null
        && Action == other.Action
        && SipCode == other.SipCode
        && Label == other.Label
        && Caller == other.Caller
        && PolicyVersion == other.PolicyVersion
        && RulesVersion == other.RulesVersion
        && CommunityVersion == other.CommunityVersion
        && Announcement == other.Announcement
        && Contact == other.Contact
        && Redress == other.Redress
        && Reasons.SequenceEqual(other.Reasons);

    public override int GetHashCode() => HashCode.Combine(Action, Label, Caller, RulesVersion, CommunityVersion, Reasons.Length);
}
