using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using CallWarden.Web.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.MyReport;

/// <summary>
/// <c>/my-report</c>: a report's progress for the phone that sent it. The phone is proved first (a code,
/// or the session that filed the report); nothing about a reference is looked up before that, and once it
/// is, a reference that does not exist and one sent from another phone get the same answer.
/// </summary>
internal sealed class IndexModel(ReportProgressReader progress, PhoneCodeStep codes, IDbContextFactory<CallWardenDbContext> contexts, IStringLocalizer<MyReportText> text) : PageModel
{
    private const int ListedReports = 20;

    /// <summary>The fields in the form's order: the error summary lists them so.</summary>
    public static readonly string[] FieldOrder = ["Input.Reference", "Input.Phone", "Input.Code"];

    [BindProperty]
    public MyReportAnswers Input { get; set; } = new();

    public ReportProgress? Progress { get; private set; }

    /// <summary>The signed-in phone's own reports, newest first.</summary>
    public IReadOnlyList<OwnReport> OwnReports { get; private set; } = [];

    /// <summary>The signed-in phone, masked (139****5678).</summary>
    public string? SignedInAs { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public string? DemoCode { get; private set; }

    public string? CodeSentText { get; private set; }

    /// <summary>The phone in the form is the signed-in one: no code is asked.</summary>
    public bool PhoneProven { get; private set; }

    public async Task OnGetAsync(string? reference)
    {
        Input.Reference = reference is { Length: <= 32 } ? Reference(reference) : null;
        if (PhoneSignIn.Phone(HttpContext) is not { } phone)
        {
            return;
        }

        SignedInAs = PhoneNumberMask.Mask(new PhoneNumber(phone, NumberKind.Mobile));
        Input.Phone = PhoneText.National(phone);
        PhoneProven = true;
        OwnReports = await OwnReportsAsync(phone);
        if (ReportReference.IsWellFormed(Input.Reference))
        {
            Progress = await progress.ReadAsync(Input.Reference!, phone, HttpContext.RequestAborted);
            NotFoundMessage = Progress is null ? text["NotFound", Input.Reference!, SignedInAs].Value : null;
        }
    }

    public async Task<IActionResult> OnPostSendCodeAsync()
    {
        List<(string Field, string Message)> errors = [];
        var phone = Read(errors);
        Input.Code = null;
        PhoneProven = phone.IsValid && PhoneSignIn.Phone(HttpContext) == phone.E164;
        if (errors.Count == 0 && !PhoneProven)
        {
            // The same for every reference, whether it exists or not: the code comes before any answer.
            var sending = await codes.SendAsync(phone, VerificationPurposes.MyReport, HttpContext);
            if (sending.Sent)
            {
                (Input.CodeSent, DemoCode, CodeSentText) = (true, sending.DemoCode, codes.SentTo(phone));
            }
            else
            {
                errors.Add((sending.AboutPhone ? "Input.Phone" : "Input.Code", sending.Problem!));
            }
        }

        Show(errors);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        List<(string Field, string Message)> errors = [];
        var phone = Read(errors);
        PhoneProven = phone.IsValid && PhoneSignIn.Phone(HttpContext) == phone.E164;
        if (errors.Count == 0 && !PhoneProven && await codes.VerifyAsync(phone, VerificationPurposes.MyReport, Input.Code, Input.CodeSent, HttpContext) is { } problem)
        {
            errors.Add(("Input.Code", problem));
            Input.CodeSent = true;
        }

        Input.Code = null;
        if (errors.Count > 0)
        {
            Show(errors);
            return Page();
        }

        if (!PhoneProven)
        {
            await PhoneSignIn.SignInAsync(HttpContext, phone);
        }

        return RedirectToPage("/MyReport/Index", new { reference = Input.Reference });
    }

    private PhoneNumber Read(List<(string Field, string Message)> errors)
    {
        Input.Reference = Reference(Input.Reference);
        if (Input.Reference.Length == 0)
        {
            errors.Add(("Input.Reference", text["ReferenceMissing"]));
        }
        else if (!ReportReference.IsWellFormed(Input.Reference))
        {
            errors.Add(("Input.Reference", text["ReferenceInvalid"]));
        }

        if (string.IsNullOrWhiteSpace(Input.Phone))
        {
            errors.Add(("Input.Phone", text["PhoneMissing"]));
            return PhoneNumber.Invalid;
        }

        var phone = Input.Phone.Length <= SubmissionLimits.TargetText ? PhoneNumberNormalizer.Default.Normalize(Input.Phone) : PhoneNumber.Invalid;
        if (phone.Kind != NumberKind.Mobile)
        {
            errors.Add(("Input.Phone", text["PhoneInvalid"]));
            return PhoneNumber.Invalid;
        }

        return phone;
    }

    private void Show(List<(string Field, string Message)> errors)
    {
        ModelState.Clear();
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task<IReadOnlyList<OwnReport>> OwnReportsAsync(long phone)
    {
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var reports = await db.Reports.AsNoTracking().Where(r => r.Reporter!.Phone == phone)
            .OrderByDescending(r => r.Id).Take(ListedReports)
            .Select(r => new OwnReport(r.Reference, r.TargetText, r.ReceivedAt)).ToListAsync(HttpContext.RequestAborted);
        return reports;
    }

    /// <summary>A reference as typed, read generously: spaces around it, lower case, full-width digits.</summary>
    private static string Reference(string? typed) => TypedDigits.Ascii(typed).ToUpperInvariant();
}
