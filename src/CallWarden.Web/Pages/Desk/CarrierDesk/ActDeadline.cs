using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Web.Site;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.CarrierDesk;

/// <summary>
/// The carrier's deadline to act, as the desk says it: "due in 2 working days (by …)", "due today",
/// "overdue by 3 working days", or when it was met. Counted on the working-day calendar of
/// <see cref="CaseDeadlines"/>, the same deadline the overdue sweep and the scorecard judge.
/// </summary>
internal static class ActDeadline
{
    public static (string Text, bool Overdue)? Describe(Case c, CaseDeadlines deadlines, DateTimeOffset now, IStringLocalizer<CarrierDeskText> text, DisplayLanguage language)
    {
        if (deadlines.For(c).FirstOrDefault(d => d.Kind == DeadlineKind.Act) is not { } act)
        {
            return null;
        }

        var calendar = deadlines.Calendar;
        var lastDay = calendar.LastWorkingDayBefore(act.Due);
        var by = SiteFormat.Date(lastDay, language);
        if (act.MetAt is { } met)
        {
            return (text[act.WasMetOnTime ? "DeadlineMet" : "DeadlineMetLate", SiteFormat.Date(met, language), by], !act.WasMetOnTime);
        }

        if (act.IsOverdueAt(now))
        {
            var late = calendar.WorkingDaysBetween(ChinaTime.StartOf(lastDay), now);
            return (late == 1 ? text["DeadlineOverdueOne", by] : text["DeadlineOverdue", late, by], true);
        }

        var left = calendar.WorkingDaysBetween(now, ChinaTime.StartOf(lastDay));
        return (left switch { 0 => text["DeadlineToday", by], 1 => text["DeadlineInOne", by], _ => text["DeadlineIn", left, by] }, false);
    }
}
