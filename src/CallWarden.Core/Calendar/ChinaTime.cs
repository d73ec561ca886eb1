namespace CallWarden.Core.Calendar;

/// <summary>
/// Dates of the working-day calendar are dates in China. China Standard Time is UTC+8 all year
/// (no daylight saving since 1991), so a fixed offset is exact and needs no time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The current instant as a China wall-clock time.</summary>
    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    /// <summary>The calendar date in China at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Midnight in China at the start of <paramref name="date"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
