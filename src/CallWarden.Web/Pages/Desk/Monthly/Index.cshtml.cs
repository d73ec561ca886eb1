using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Data;
using CallWarden.Data.Stats.Monthly;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using CallWarden.Web.Stats.Monthly;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Monthly;

/// <summary>
/// <c>/desk/monthly?month=2026-11</c>: the centre's monthly report (月报) for the authorities, with each
/// table as CSV (<c>?handler=Csv&amp;table=channels</c>) and everything as one ZIP (<c>?handler=Zip</c>),
/// the same ZIP <c>callwarden report-month</c> makes.
/// </summary>
[Authorize(Policy = Policies.MonthlyReport)]
internal sealed class IndexModel(IDbContextFactory<CallWardenDbContext> contexts, CaseDeadlines deadlines, TimeProvider time, IStringLocalizer<MonthlyText> text) : PageModel
{
    /// <summary>How many months the page offers as links.</summary>
    public const int RecentShown = 6;

    [BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    public DisplayLanguage Language { get; private set; }

    public MonthlyReport? Report { get; private set; }

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public IReadOnlyList<DateOnly> RecentMonths { get; private set; } = [];

    /// <summary>The month's own spelling for links (<c>2026-11</c>).</summary>
    public string? MonthCode => Report is null ? null : ReportMonth.Format(Report.Month);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetZipAsync()
    {
        await LoadAsync();
        return Report is null ? Page() : File(MonthlyPackage.Zip(Report, Language), "application/zip", MonthlyPackage.FileName(Report.Month));
    }

    public async Task<IActionResult> OnGetCsvAsync(string? table)
    {
        await LoadAsync();
        if (Report is null)
        {
            return Page();
        }

        return Tables.FirstOrDefault(t => t.Id == table) is { } found
            ? File(MonthlyCsv.Write(found, text["ColCode"]), "text/csv; charset=utf-8", $"{MonthCode}-{found.FileName}")
            : NotFound();
    }

    private async Task LoadAsync()
    {
        Language = SiteLanguages.Current;
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var first = await MonthlyReportBuilder.FirstMonthAsync(db, HttpContext.RequestAborted);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        RecentMonths = first is { } begins
            ? [.. Enumerable.Range(0, RecentShown).Select(i => thisMonth.AddMonths(-i)).Where(m => m >= begins)]
            : [];
        // "?month=" binds as null: asked for with nothing in it, unlike a first visit without the field.
        if (Month is null && !Request.Query.ContainsKey("month"))
        {
            return;
        }

        var problem = ReportMonth.Check(Month, today, first, out var month);
        if (problem != MonthProblem.None)
        {
            ModelState.AddModelError("month", problem switch
            {
                MonthProblem.Missing => text["MonthMissing"],
                MonthProblem.NotAMonth => text["MonthNotAMonth"],
                MonthProblem.InTheFuture => text["MonthInFuture", SiteFormat.Month(month, Language)],
                _ when first is { } earliest => text["MonthBeforeData", SiteFormat.Month(earliest, Language)],
                _ => text["MonthNoData"],
            });
            return;
        }

        Month = ReportMonth.Format(month);
        Report = await MonthlyReportBuilder.BuildAsync(db, deadlines, month, now, HttpContext.RequestAborted);
        Tables = MonthlyTables.Of(Report, Language);
    }
}
