using System.Globalization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Evidence;
using CallWarden.Web.Access;
using CallWarden.Web.Reports;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Report;

/// <summary>
/// <c>/report/check</c>: every answer with a link back to its field, then "send report". The draft is
/// checked again in full here, and on the final post once more before it is filed.
/// </summary>
internal sealed class CheckModel(
    ReportAnswersCheck check, ReportFiling filing, EvidenceStore evidence, IStringLocalizer<ReportText> text, PrivacyNotices notices)
    : PageModel
{
    public IReadOnlyList<AnswerRow> Basic { get; private set; } = [];

    public IReadOnlyList<AnswerRow> Contact { get; private set; } = [];

    private EvidenceStore Evidence => evidence;

    public async Task<IActionResult> OnGetAsync()
    {
        var (report, elsewhere) = await ReadAsync();
        if (report is null)
        {
            return elsewhere!;
        }

        Show(report);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (report, elsewhere) = await ReadAsync();
        if (report is null)
        {
            return elsewhere!;
        }

        var filed = await filing.FileAsync(report, Evidence, SiteLanguages.Current, HttpContext.RequestAborted);
        if (filed.Reference is { } reference)
        {
            ReportDraft.Filed(TempData, reference);
            // My report opens without a second code: the phone was just proved.
            await PhoneSignIn.SignInAsync(HttpContext, report.ReporterPhone);
            return RedirectToPage("/Report/Done", new { reference });
        }

        Show(report);
        if (filed.RetryAfter is { } wait)
        {
            ModelState.AddModelError("Submit", text["TooManyReports", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))]);
        }

        // Intake refused what the form let through: a gap in the form's checks, shown rather than lost.
        foreach (var refusal in filed.Refusals)
        {
            ModelState.AddModelError("Submit", $"{refusal.Field}: {refusal.Message}");
        }

        return Page();
    }

    /// <summary>The checked draft, or where to go instead: the form (with its problems) or, once filed, the confirmation.</summary>
    private async Task<(CheckedReport? Report, IActionResult? Elsewhere)> ReadAsync()
    {
        var draft = ReportDraft.Read(TempData);
        if (draft is null)
        {
            return ReportDraft.LastFiled(TempData) is { } filed
                ? (null, RedirectToPage("/Report/Done", new { reference = filed }))
                : (null, RedirectToPage("/Report/Index"));
        }

        var (report, _) = await check.CheckAsync(draft.Answers, Evidence, HttpContext.RequestAborted);
        var proven = report is not null && (draft.ProvenPhone == report.ReporterPhone.E164 || PhoneSignIn.Phone(HttpContext) == report.ReporterPhone.E164);
        return proven ? (report, null) : (null, RedirectToPage("/Report/Index", new { review = true }));
    }

    private void Show(CheckedReport r)
    {
        var language = SiteLanguages.Current;
        var none = text["AnswerNone"].Value;
        List<AnswerRow> basic =
        [
            new(text["TargetRow"], r.Target.Kind == NumberKind.Anonymous ? text["TargetWithheldAnswer"] : r.TargetText, "Input_Target"),
            new(text["MediumRow"], text[r.Medium == ReportMedium.Call ? "MediumCall" : "MediumSms"], "Input_Medium"),
            new(text["OccurredAtRow"], SiteFormat.DateTime(r.OccurredAt, language), "Input_OccurredAt"),
        ];
        if (r.Called is { } called)
        {
            basic.Insert(1, new(text["CalledRow"], PhoneText.National(called.E164), "Input_CalledNumber"));
        }

        if (r.Medium == ReportMedium.Call)
        {
            basic.Add(new(text["DurationRow"], r.DurationMinutes is { } minutes ? text["AnswerDuration", minutes.ToString(CultureInfo.InvariantCulture)] : none, "Input_Duration"));
        }

        basic.Add(new(text["CategoryRow"], r.Category.DisplayName(language), "Input_Category"));
        basic.Add(new(text["ContentRow"], r.Content ?? none, "Input_Content"));
        basic.Add(new(text["EvidenceRow"], r.Evidence is { } file ? CallWarden.Core.Evidence.EvidenceCheck.Printable(file.FileName) : none, "Input_Upload"));
        Basic = basic;
        Contact =
        [
            new(text["PhoneRow"], PhoneText.National(r.ReporterPhone.E164), "Input_ReporterPhone"),
            new(text["NameRow"], r.Name ?? none, "Input_Name"),
            new(text["EmailRow"], r.Email ?? none, "Input_Email"),
            new(text["ConsentRow"], text["AnswerConsent", notices.Current], "Input_Consent"),
        ];
    }
}
