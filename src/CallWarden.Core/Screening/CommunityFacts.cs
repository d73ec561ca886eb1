using CallWarden.Core.Reports;

namespace CallWarden.Core.Screening;

/// <summary>
/// What screening needs to know about a caller from the community and the carriers, packed into
/// 24 bytes so that a snapshot of millions of numbers stays small. <c>default</c> means nothing is known.
/// </summary>
public readonly record struct CommunityFacts
{
    private readonly string? _businessOwner;
    private readonly long _enforcedUntilUtcTicks;
    private readonly int _distinctReporters;
    private readonly byte _score;

    /// <summary>The category plus one, so that <c>default</c> has none.</summary>
    private readonly byte _category;
    private readonly CommunityFlags _flags;

    /// <param name="score">The reputation score, 0–100.</param>
    /// <param name="topCategory">The category with the most weighted evidence.</param>
    /// <param name="distinctReporters">People whose reports count now.</param>
    /// <param name="flags">Labels, disputes, enforcement and registries.</param>
    /// <param name="enforcedUntil">When a carrier restriction ends by itself; null while it has no end.</param>
    /// <param name="businessOwner">The owner shown with a verified business line.</param>
    public CommunityFacts(
        int score,
        ReportCategory? topCategory = null,
        int distinctReporters = 0,
        CommunityFlags flags = CommunityFlags.None,
        DateTimeOffset? enforcedUntil = null,
        string? businessOwner = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100);
        ArgumentOutOfRangeException.ThrowIfNegative(distinctReporters);
        _score = (byte)score;
        _category = topCategory is { } category ? (byte)((int)category + 1) : (byte)0;
        _distinctReporters = distinctReporters;
        _flags = flags;
        _enforcedUntilUtcTicks = enforcedUntil?.UtcTicks ?? 0;
        _businessOwner = businessOwner;
    }

    public int Score => _score;

    public ReportCategory? TopCategory => _category == 0 ? null : (ReportCategory)(_category - 1);

    public int DistinctReporters => _distinctReporters;

    public CommunityFlags Flags => _flags;

    public DateTimeOffset? EnforcedUntil => _enforcedUntilUtcTicks == 0 ? null : new DateTimeOffset(_enforcedUntilUtcTicks, TimeSpan.Zero);

    public string? BusinessOwner => _businessOwner;

    public bool Has(CommunityFlags flag) => (_flags & flag) != 0;

    /// <summary>True while a carrier restriction or suspension stops the number calling at <paramref name="at"/>.</summary>
    public bool IsEnforcedAt(DateTimeOffset at) =>
        (_flags & (CommunityFlags.Restricted | CommunityFlags.Suspended)) != 0
        && (_enforcedUntilUtcTicks == 0 || at.UtcTicks < _enforcedUntilUtcTicks);
}
