using CallWarden.Core.Cases;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Report;

/// <summary>
/// <c>/report/done/{reference}</c>: the reference in large type, what happens next with the deadlines,
/// how to follow the report. Only the reporter's own session sees it; anyone else is sent to My report,
/// which asks for the phone's code before it shows anything.
/// </summary>
internal sealed class DoneModel(IDbContextFactory<CallWardenDbContext> contexts, CaseDeadlines deadlines, IOptions<SmsGrammarOptions> grammar) : PageModel
{
    public string Reference { get; private set; } = string.Empty;

    public ReportCategory Category { get; private set; }

    public DeadlinePolicy Policy => deadlines.Policy;

    /// <summary>The working day by which the centre forwards the report (working days from its receipt).</summary>
    public DateOnly ForwardBy { get; private set; }

    /// <summary>The centre's service number, which answers <c>CX &lt;reference&gt;</c> (12321).</summary>
    public string ServiceNumber => grammar.Value.ServiceNumbers.Where(s => s.Value == SmsGrammar.NumberAndTime)
        .Select(s => s.Key).Order(StringComparer.Ordinal).FirstOrDefault() ?? "12321";

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        var phone = PhoneSignIn.Phone(HttpContext);
        var report = phone is null || !ReportReference.IsWellFormed(reference) ? null : await FindAsync(reference, phone.Value);
        if (report is null)
        {
            return RedirectToPage("/MyReport/Index", new { reference = ReportReference.IsWellFormed(reference) ? reference : null });
        }

        (Reference, Category) = (reference, ReportCategoryExtensions.TryParseCode(report.Value.Category, out var category) ? category : ReportCategory.Other);
        ForwardBy = deadlines.Calendar.LastWorkingDayBefore(deadlines.Calendar.DeadlineAfter(report.Value.ReceivedAt, Policy.ForwardWithin));
        return Page();
    }

    private async Task<(string Category, DateTimeOffset ReceivedAt)?> FindAsync(string reference, long phone)
    {
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var found = await db.Reports.AsNoTracking().Where(r => r.Reference == reference && r.Reporter!.Phone == phone)
            .Select(r => new { r.CategoryCode, r.ReceivedAt }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return found is null ? null : (found.CategoryCode, found.ReceivedAt);
    }
}
