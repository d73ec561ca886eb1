using System.Globalization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.CarrierDesk;

/// <summary>
/// <c>/desk/scorecard</c>: the operator's own carrier on Core's <see cref="CarrierScorecard"/> — the
/// figures the public scorecard is made of — beside all carriers together, for the cases forwarded
/// in a chosen period (the last 30 days unless chosen), and the actions recorded in it by kind.
/// </summary>
[Authorize(Policy = Policies.Desk)]
[Authorize(Policy = Policies.CarrierActions)]
internal sealed class ScorecardModel(IDbContextFactory<CallWardenDbContext> contexts, CaseDeadlines deadlines, TimeProvider time, IStringLocalizer<CarrierDeskText> text) : PageModel
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    public static readonly string[] FieldOrder = [nameof(From), nameof(To)];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public Carrier Carrier { get; private set; }

    public DateOnly First { get; private set; }

    public DateOnly Last { get; private set; }

    public CarrierScore Own { get; private set; } = null!;

    public CarrierScore National { get; private set; } = null!;

    /// <summary>Per kind of action: this carrier's count and all carriers' count, in the form's order.</summary>
    public IReadOnlyList<(CarrierActionKind Kind, int Own, int National)> Actions { get; private set; } = [];

    public int ActWithin => deadlines.Policy.ActWithin;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Carrier = Caller.From(User).Carrier;
        var today = ChinaTime.DateOf(time.GetUtcNow());
        (First, Last) = (today.AddDays(1 - DefaultDays), today);
        if (!ReadPeriod(today))
        {
            // The figures of the default period stay on the page under the messages.
            (First, Last) = (today.AddDays(1 - DefaultDays), today);
        }

        From ??= Iso(First);
        To ??= Iso(Last);
        await ComputeAsync(cancellationToken);
        return Page();
    }

    private bool ReadPeriod(DateOnly today)
    {
        DateOnly? first = null, last = null;
        if (!string.IsNullOrWhiteSpace(From))
        {
            first = ParseDate(From);
            if (first is null)
            {
                ModelState.AddModelError(nameof(From), text["FromInvalid", CalendarDay.FirstText, CalendarDay.LastText]);
            }
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            last = ParseDate(To);
            if (last is null)
            {
                ModelState.AddModelError(nameof(To), text["ToInvalid", CalendarDay.FirstText, CalendarDay.LastText]);
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            return false;
        }

        var (f, l) = (first ?? (last ?? today).AddDays(1 - DefaultDays), last ?? (first is { } from ? from.AddDays(DefaultDays - 1) : today));
        if (l < f)
        {
            ModelState.AddModelError(nameof(To), text["ToBeforeFrom"]);
            return false;
        }

        if (l.DayNumber - f.DayNumber + 1 > MaxDays)
        {
            ModelState.AddModelError(nameof(To), text["PeriodTooLong", MaxDays]);
            return false;
        }

        (First, Last) = (f, l);
        return true;
    }

    private async Task ComputeAsync(CancellationToken cancellationToken)
    {
        var (start, end) = (ChinaTime.StartOf(First), ChinaTime.StartOf(Last.AddDays(1)));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Cases.AsNoTracking().Where(c => c.ForwardedAt >= start && c.ForwardedAt < end && c.CarrierCode != null)
            .Select(c => new { c.CarrierCode, Timeline = new CaseTimeline(c.State, c.ReceivedAt, c.ForwardedAt, c.ActionedAt, null) })
            .ToListAsync(cancellationToken);
        List<(Carrier, CaseTimeline)> routed = [];
        foreach (var row in rows)
        {
            if (CarrierNames.TryParseCode(row.CarrierCode, out var carrier))
            {
                routed.Add((carrier, row.Timeline));
            }
        }

        var now = time.GetUtcNow();
        Own = CarrierScorecard.Compute(routed, deadlines, now).FirstOrDefault(s => s.Carrier == Carrier) ?? new CarrierScore(Carrier, 0, 0, null, null, null);
        National = CarrierScorecard.National(routed, deadlines, now);

        var code = Carrier.Code();
        var counts = await db.CarrierActions.AsNoTracking().Where(a => a.From >= start && a.From < end)
            .GroupBy(a => new { a.Kind, Own = a.CarrierCode == code }).Select(g => new { g.Key.Kind, g.Key.Own, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Actions = [.. ActionForm.Kinds.Select(k => (
            k,
            counts.Where(c => c.Kind == k && c.Own).Sum(c => c.Count),
            counts.Where(c => c.Kind == k).Sum(c => c.Count)))];
    }

    private static DateOnly? ParseDate(string text) => CalendarDay.TryParse(text, out var date) ? date : null;

    private static string Iso(DateOnly date) => CalendarDay.Text(date);
}
