using System.Diagnostics.CodeAnalysis;

namespace CallWarden.Core.Screening;

/// <summary>
/// One entry of a subscriber's allowlist or blocklist, stored with its canonical pattern
/// (<see cref="RulePattern.Text"/>), so that it means the same whichever region reads it.
/// </summary>
/// <param name="Pattern">The canonical pattern: <c>+86755*</c>, <c>+86139????5678</c>, <c>+8613912345678</c>.</param>
/// <param name="Kind">The pattern's kind, kept beside it for display and queries.</param>
/// <param name="Disposition">What a block entry does (reject, busy, powered_off, not_in_service, voicemail); <see cref="Disposition.Allow"/> for an allow entry.</param>
/// <param name="AddedAt">When the subscriber added it, shown in the reason.</param>
/// <param name="ExpiresAt">From this instant on the entry no longer applies; null for never.</param>
/// <param name="Note">The subscriber's own words (<c>dentist</c>).</param>
public sealed record RuleEntry(
    string Pattern,
    PatternKind Kind,
    RuleEffect Effect,
    Disposition Disposition,
    DateTimeOffset AddedAt,
    DateTimeOffset? ExpiresAt = null,
    string? Note = null)
{
    /// <summary>The longest <see cref="Note"/> a subscriber may write.</summary>
    public const int MaxNoteLength = 200;

    public bool IsActiveAt(DateTimeOffset at) => ExpiresAt is null || at < ExpiresAt;

    /// <summary>
    /// An entry from a pattern as the subscriber wrote it in <paramref name="region"/>; false with
    /// the reason when the pattern is refused.
    /// </summary>
    public static bool TryCreate(
        string? written,
        RuleEffect effect,
        Disposition disposition,
        DateTimeOffset addedAt,
        [NotNullWhen(true)] out RuleEntry? entry,
        [NotNullWhen(false)] out RulePatternError? error,
        DateTimeOffset? expiresAt = null,
        string? note = null,
        string region = "CN")
    {
        entry = RulePattern.TryParse(written, region, out var pattern, out error)
            ? new RuleEntry(pattern.Text, pattern.Kind, effect, disposition, addedAt, expiresAt, note)
            : null;
        return entry is not null;
    }

    /// <summary>An allow entry from a pattern known to be good.</summary>
    /// <exception cref="ArgumentException">The pattern is refused.</exception>
    public static RuleEntry Allow(string written, DateTimeOffset addedAt, DateTimeOffset? expiresAt = null, string? note = null, string region = "CN") =>
        FromPattern(RulePattern.Parse(written, region), RuleEffect.Allow, Disposition.Allow, addedAt, expiresAt, note);

    /// <summary>A block entry from a pattern known to be good.</summary>
    /// <exception cref="ArgumentException">The pattern is refused.</exception>
    public static RuleEntry Block(string written, DateTimeOffset addedAt, Disposition disposition = Disposition.Reject, DateTimeOffset? expiresAt = null, string? note = null, string region = "CN") =>
        FromPattern(RulePattern.Parse(written, region), RuleEffect.Block, disposition, addedAt, expiresAt, note);

    private static RuleEntry FromPattern(RulePattern pattern, RuleEffect effect, Disposition disposition, DateTimeOffset addedAt, DateTimeOffset? expiresAt, string? note) =>
        new(pattern.Text, pattern.Kind, effect, disposition, addedAt, expiresAt, note);
}
