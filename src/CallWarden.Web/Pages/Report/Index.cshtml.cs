using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Evidence;
using CallWarden.Web.Access;
using CallWarden.Web.Reports;
using CallWarden.Web.Site;
using CallWarden.Web.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Report;

/// <summary>
/// <c>/report</c>: the two sections of the form. "Send code" posts the whole form and brings it back
/// with the code field; "continue" checks every answer and the code, and goes on to the check page.
/// </summary>
internal sealed class IndexModel(ReportAnswersCheck check, PhoneCodeStep codes, EvidenceStore evidence) : PageModel
{
    /// <summary>The fields in the form's order: the error summary lists them so.</summary>
    public static readonly string[] FieldOrder =
    [
        "Input.Target", "Input.CalledNumber", "Input.Medium", "Input.OccurredAt", "Input.Duration", "Input.Category", "Input.Content", "Input.Upload",
        "Input.ReporterPhone", "Input.Code", "Input.Name", "Input.Email", "Input.Consent",
    ];

    [BindProperty]
    public ReportAnswers Input { get; set; } = new();

    public ReportAnswersCheck Check => check;

    /// <summary>The categories as the form lists them: the specific ones first, "other" last.</summary>
    public static IReadOnlyList<ReportCategory> Categories { get; } =
        [.. Enum.GetValues<ReportCategory>().Where(c => c != ReportCategory.Other), ReportCategory.Other];

    /// <summary>The phone in the form was proved (by a code on this form, or by signing in): no code is asked.</summary>
    public bool PhoneProven { get; private set; }

    /// <summary>The code itself, only in a demo without an SMS gateway.</summary>
    public string? DemoCode { get; private set; }

    public string? CodeSentText { get; private set; }

    public bool ShowCodeField => !PhoneProven && (Input.CodeSent || ModelState.ContainsKey("Input.Code"));

    private EvidenceStore Evidence => evidence;

    public async Task OnGetAsync(string? number, bool review)
    {
        var draft = ReportDraft.Read(TempData);
        Input = number is null && draft is not null ? draft.Answers : new ReportAnswers
        {
            FormId = FormIds.New(),
            Target = number is { Length: <= 64 } ? number.Trim() : null,
            ReporterPhone = PhoneSignIn.Phone(HttpContext) is { } own ? PhoneText.National(own) : null,
        };
        Input.Code = null;
        if (review && draft is not null)
        {
            // Back from the check page, whose final check failed: say why, beside each field.
            await ReadAsync(draft, verifyCode: false);
        }
        else
        {
            PhoneProven = Proven(Phone(Input.ReporterPhone), draft);
        }
    }

    public async Task<IActionResult> OnPostSendCodeAsync()
    {
        var draft = ReportDraft.Read(TempData);
        List<(string Field, string Message)> errors = [];
        await check.TakeUploadAsync(Input, Evidence, errors, HttpContext.RequestAborted);
        Input.Code = null;
        var phone = check.ReporterPhone(Input.ReporterPhone, errors);
        PhoneProven = Proven(phone, draft);
        if (phone.IsValid && !PhoneProven)
        {
            var sending = await codes.SendAsync(phone, VerificationPurposes.Report, HttpContext);
            if (sending.Sent)
            {
                (Input.CodeSent, DemoCode, CodeSentText) = (true, sending.DemoCode, codes.SentTo(phone));
            }
            else
            {
                errors.Add((sending.AboutPhone ? "Input.ReporterPhone" : "Input.Code", sending.Problem!));
            }
        }

        Show(errors);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = ReportDraft.Read(TempData);
        List<(string Field, string Message)> errors = [];
        await check.TakeUploadAsync(Input, Evidence, errors, HttpContext.RequestAborted);
        var report = await ReadAsync(draft, verifyCode: true, errors);
        if (report is null)
        {
            return Page();
        }

        return RedirectToPage("/Report/Check");
    }

    /// <summary>
    /// Checks every answer and the phone's proof; keeps the draft (with a phone proved just now) for the
    /// next step or the next round of corrections; shows the problems. Null when there are any.
    /// </summary>
    private async Task<CheckedReport?> ReadAsync(ReportDraft? draft, bool verifyCode, List<(string Field, string Message)>? errors = null)
    {
        errors ??= [];
        var (report, found) = await check.CheckAsync(Input, Evidence, HttpContext.RequestAborted);
        errors.AddRange(found.Where(e => !errors.Contains(e)));
        var phone = Phone(Input.ReporterPhone);
        var proven = draft?.ProvenPhone;
        PhoneProven = Proven(phone, draft);
        if (phone.Kind == NumberKind.Mobile && !PhoneProven)
        {
            var problem = verifyCode
                ? await codes.VerifyAsync(phone, VerificationPurposes.Report, Input.Code, Input.CodeSent, HttpContext)
                : null;
            if (verifyCode && problem is null)
            {
                (proven, PhoneProven) = (phone.E164, true);
            }
            else
            {
                errors.Add(("Input.Code", problem ?? codes.Missing(Input.CodeSent)));
            }
        }

        Input.Code = null;
        if (!FormIds.IsWellFormed(Input.FormId))
        {
            Input.FormId = FormIds.New();
        }

        new ReportDraft(Input, proven).Save(TempData);
        Show(errors);
        return errors.Count == 0 ? report : null;
    }

    private void Show(List<(string Field, string Message)> errors)
    {
        ModelState.Clear();
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private bool Proven(PhoneNumber phone, ReportDraft? draft) =>
        phone.Kind == NumberKind.Mobile && (PhoneSignIn.Phone(HttpContext) == phone.E164 || draft?.ProvenPhone == phone.E164);

    private static PhoneNumber Phone(string? typed) =>
        string.IsNullOrWhiteSpace(typed) || typed.Length > 64 ? PhoneNumber.Invalid : PhoneNumberNormalizer.Default.Normalize(typed);
}
