using System.Globalization;
using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Feedback;

/// <summary>
/// <c>/numbers/{number}/legitimate</c>: a person signed in with their phone says "I know who this
/// is". It goes through the same intake as every report (legitimate feedback, channel web, the
/// phone as reporter), limited per reporter by the API's own limiter, and counts once per phone and
/// number: a phone that already said so is shown its confirmation instead of the form.
/// </summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class LegitimateModel(
    ReportIntake intake, ReporterLimits limiter, IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, IStringLocalizer<FeedbackText> text) : PageModel
{
    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The number the feedback is about.</summary>
    public PhoneNumber Number { get; private set; }

    /// <summary>When this phone said the number is legitimate; null while it has not.</summary>
    public DateTimeOffset? GivenAt { get; private set; }

    public string Phone => "+" + SignedInPhone.ToString(CultureInfo.InvariantCulture);

    private long SignedInPhone => PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in.");

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (!Read(number))
        {
            return NotFound();
        }

        GivenAt = await GivenAtAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!Read(number))
        {
            return NotFound();
        }

        if (await GivenAtAsync(cancellationToken) is not null)
        {
            return RedirectToPage();
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), text["ConfirmMissing"]);
            return Page();
        }

        if (limiter.Refusal(Phone, null, Caller.From(User).Id) is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            ModelState.AddModelError(nameof(Confirmed), text["TooMany", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))]);
            return Page();
        }

        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        var result = await intake.SubmitAsync(Submission(note), cancellationToken);
        if (!result.Accepted)
        {
            // The note is the only free text of the form: whatever intake refused is worded for it.
            ModelState.AddModelError(nameof(Note), note?.Length > SubmissionLimits.Reason ? text["NoteTooLong", SubmissionLimits.Reason] : text["NoteInvalid"]);
            return Page();
        }

        return RedirectToPage();
    }

    /// <summary>The feedback as intake takes every report: one idempotency key per phone and number, so it is stored once.</summary>
    private ReportSubmission Submission(string? note)
    {
        var target = Number.ToE164String();
        var raw = JsonSerializer.Serialize(new { target, kind = "legitimate_feedback", confirmed = Confirmed, note });
        return new ReportSubmission(
            IntakeChannel.Web,
            raw,
            time.GetUtcNow(),
            Phone,
            ReporterIdentity: null,
            IdempotencyKey: $"web:legitimate:{SignedInPhone.ToString(CultureInfo.InvariantCulture)}:{Number.E164.ToString(CultureInfo.InvariantCulture)}",
            TargetText: target,
            Reason: note,
            Kind: EvidenceKind.LegitimateFeedback,
            Language: SiteLanguages.Current);
    }

    private bool Read(string number)
    {
        Number = number.Length <= SubmissionLimits.TargetText ? PhoneNumberNormalizer.Default.Normalize(number) : PhoneNumber.Invalid;
        return Number.IsValid && Number.Kind != NumberKind.Emergency;
    }

    private async Task<DateTimeOffset?> GivenAtAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var phone = SignedInPhone;
        var target = Number.E164;
        return await db.Reports.AsNoTracking()
            .Where(r => r.Target == target && r.Kind == EvidenceKind.LegitimateFeedback && r.Reporter!.Phone == phone)
            .OrderByDescending(r => r.Id)
            .Select(r => (DateTimeOffset?)r.ReceivedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
