using CallWarden.Core.Localization;

namespace CallWarden.Core.Screening;

/// <summary>
/// One rule that matched a call: what it asked for, whether it was the one that decided, and the
/// data behind it. The text is written from the data when it is read, so deciding costs no formatting.
/// </summary>
/// <param name="Outcome">What the rule asks for: a blocking disposition, <see cref="Disposition.Label"/>, or <see cref="Disposition.Allow"/> for a pass.</param>
/// <param name="Decisive">The first decisive rule: the one whose outcome the call got.</param>
/// <param name="Language">The language of <see cref="Text"/>: the callee's.</param>
public sealed record Reason(ScreeningRule Rule, Disposition Outcome, bool Decisive, ReasonData Data, DisplayLanguage Language)
{
    /// <summary>The rule's stable id, e.g. <c>blocklist</c>.</summary>
    public string RuleId => Rule.ToCode();

    /// <summary>The rule's step in DESIGN.md's order.</summary>
    public int Step => Rule.Step();

    /// <summary>What a person reads, e.g. "your blocklist entry +86139* added 2026-11-02".</summary>
    public string Text => ReasonText.Describe(this);
}
