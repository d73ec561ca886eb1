using CallWarden.Core.Calendar;

namespace CallWarden.Core.Screening;

/// <summary>
/// A nightly (or daily) window in China time when unknown callers do not ring; a window whose end
/// is before its start runs past midnight and belongs to the day it started.
/// </summary>
/// <param name="Days">The days a window starts on; null for every day.</param>
/// <param name="Disposition">What happens to a held call (voicemail by default).</param>
public sealed record QuietHours(
    TimeOnly Start,
    TimeOnly End,
    IReadOnlyList<DayOfWeek>? Days = null,
    Disposition Disposition = Disposition.Voicemail)
{
    private const int EveryDay = 0x7F;

    public bool Contains(DateTimeOffset at) => Contains(at, DayMask());

    /// <summary>Value equality, days included, so that rules read back from storage give equal decisions.</summary>
    public bool Equals(QuietHours? other) =>
        other is not null
        && Start == other.Start
        && End == other.End
        && Disposition == other.Disposition
        && (Days is null ? other.Days is null : other.Days is not null && Days.SequenceEqual(other.Days));

    public override int GetHashCode() => HashCode.Combine(Start, End, Disposition, DayMask());

    /// <summary>Bit d is set when the window starts on <see cref="DayOfWeek"/> d.</summary>
    internal int DayMask()
    {
        if (Days is null)
        {
            return EveryDay;
        }

        var mask = 0;
        for (var i = 0; i < Days.Count; i++)
        {
            mask |= 1 << ((int)Days[i] & 7);
        }

        return mask & EveryDay;
    }

    internal bool Contains(DateTimeOffset at, int dayMask)
    {
        var local = at.ToOffset(ChinaTime.Offset);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var day = (int)local.DayOfWeek;
        if (Start < End)
        {
            return OnDay(dayMask, day) && time >= Start && time < End;
        }

        return (time >= Start && OnDay(dayMask, day)) || (time < End && OnDay(dayMask, (day + 6) % 7));
    }

    private static bool OnDay(int mask, int day) => ((mask >> day) & 1) != 0;
}
