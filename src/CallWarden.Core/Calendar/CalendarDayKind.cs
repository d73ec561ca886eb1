namespace CallWarden.Core.Calendar;

/// <summary>How a listed date departs from the weekly rhythm of Monday–Friday working days.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday (放假): no work even on a weekday.</summary>
    Holiday,

    /// <summary>A make-up working day (调休上班): work even on a weekend.</summary>
    Workday,
}
