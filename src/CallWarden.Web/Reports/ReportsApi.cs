using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using CallWarden.Web.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Reports;

/// <summary>
/// <c>POST /reports</c> into intake; <c>GET /reports/{reference}</c>, the reporter's own view, behind a proof of being
/// the reporter; <c>POST /reports/{reference}/code</c>, the one-time code that is such a proof (issue #9).
/// </summary>
internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapPost("/", SubmitAsync).WithName("SubmitReport")
            .Accepts<ReportRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription(
                "Files a report. `idempotencyKey` is the caller's own (its API key or login): the same key with the same report " +
                "answers 200 with the first reference, the same key with a different report 409 naming `idempotencyKey`, " +
                "and another caller's equal key is another report. A report without `reporterPhone` gets a `followToken` in " +
                "the 201 only: keep it, it is the only way to read the report later.")
            .RequireAuthorization(Policies.Intake).RequireRateLimiting(RateLimits.Intake);

        // Anyone may ask, but only with a proof of being the reporter — and every failed proof is the same 404.
        reports.MapGet("/{reference}", GetAsync).WithName("GetReport")
            .WithDescription(
                "A report's progress, for its reporter only. The reference names the report; a proof opens it: the reporter's " +
                "own session (a signed-in phone or login), `?phone=…&code=…` with a one-time code from " +
                "`POST /reports/{reference}/code` (each code opens once), or `?token=…`, the `followToken` of a report filed " +
                "without a phone. An unknown reference, a wrong phone, code or token all answer the same 404. Analysts and " +
                "administrators read any report.")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Lookup);
        reports.MapPost("/{reference}/code", SendCodeAsync).WithName("SendReportCode")
            .Accepts<ReportCodeRequest>("application/json")
            .Produces<ReportCodeSent>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithDescription(
                "Texts a 6-digit code (valid 10 minutes, 5 attempts) to `phone`, a mobile, for `GET /reports/{reference}?phone=&code=`. " +
                "The answer is the same whether the reference exists or came from that phone; codes per phone and per address are limited.")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Lookup);
        return api;
    }

    private static async Task<Results<Created<ReportCreated>, Ok<ReportCreated>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpContext http, ReportIntake intake, ReporterLimits limiter, TimeProvider time)
    {
        // The body is read as text first: it is kept as evidence, and a malformed one is named precisely.
        var (request, raw, bodyErrors) = await JsonBody.ReadAsync<ReportRequest>(http);
        if (request is null)
        {
            return bodyErrors.ToProblem();
        }

        var caller = Caller.From(http.User);
        var (phone, identity) = caller.Role == Roles.Reporter
            ? (caller.Phone is { } own ? "+" + own : null, caller.Phone is null ? caller.Id : null)
            : (request.ReporterPhone, request.ReporterIdentity);
        if (limiter.Refusal(phone, identity, caller.Id) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem("This reporter has sent too many reports; try again later.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        var result = await intake.SubmitAsync(request.ToSubmission(raw, time.GetUtcNow(), phone, identity, caller.Submitter), http.RequestAborted);
        if (result.Receipt is not { } receipt)
        {
            var errors = new FieldErrors();
            foreach (var e in result.Errors)
            {
                errors.Add(e.Field, e.Message);
            }

            return result.Conflict ? errors.ToProblem(StatusCodes.Status409Conflict, "The idempotency key names another report.") : errors.ToProblem();
        }

        var created = ReportCreated.Of(receipt);
        return receipt.Duplicate ? TypedResults.Ok(created) : TypedResults.Created($"/api/v1/reports/{receipt.Reference}", created);
    }

    private static async Task<Results<Ok<ReportView>, NotFound>> GetAsync(
        string reference, string? phone, string? code, string? token, HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, PhoneVerification verification, TimeProvider time)
    {
        // The code is checked before the reference is looked up: a code spent on a wrong reference teaches nothing.
        var proved = await ProvedPhoneAsync(phone, code, verification, http.RequestAborted);
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var report = reference.Length <= 32
            ? await db.Reports.AsNoTracking().Include(r => r.Reporter).FirstOrDefaultAsync(r => r.Reference == reference, http.RequestAborted)
            : null;
        if (report?.Reporter is not { } reporter)
        {
            return TypedResults.NotFound();
        }

        var caller = Caller.From(http.User);
        var isReporter = IsOwn(caller, reporter)
            || (proved is { } p && reporter.Phone == p)
            || FollowToken.Matches(token, report.FollowTokenHash);
        if (!isReporter && !caller.May(Scopes.CasesRead, Roles.Analyst, Roles.Administrator))
        {
            return TypedResults.NotFound();
        }

        var state = await db.Cases.AsNoTracking().Where(c => c.Id == report.CaseId).Select(c => c.State).FirstAsync(http.RequestAborted);
        var actions = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == report.CaseId).OrderBy(a => a.From).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(ReportView.Of(report, reporter, state, actions, time.GetUtcNow()));
    }

    private static async Task<Results<Accepted<ReportCodeSent>, ValidationProblem, ProblemHttpResult>> SendCodeAsync(
        string reference, HttpContext http, PhoneVerification verification)
    {
        var (request, _, bodyErrors) = await JsonBody.ReadAsync<ReportCodeRequest>(http);
        if (request is null)
        {
            return bodyErrors.ToProblem();
        }

        var phone = Mobile(request.Phone);
        if (!phone.IsValid)
        {
            return new FieldErrors().Add("phone", "must be the mobile number the report was sent from, e.g. 13912345678").ToProblem();
        }

        // The reference is not looked up: whether it exists, or is this phone's, is what a code must be spent to learn.
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var issued = await verification.IssueAsync(phone, VerificationPurposes.MyReport, address, DisplayLanguages.FromCultureName(request.Language), http.RequestAborted);
        if (issued is IssueResult.Sent sent)
        {
            return TypedResults.Accepted($"/api/v1/reports/{Uri.EscapeDataString(reference)}", new ReportCodeSent(PhoneNumberMask.Mask(phone), sent.ExpiresAt, sent.Code));
        }

        var wait = (issued as IssueResult.Refused)?.RetryAfter ?? TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem("Too many codes for this phone or from this address; try again later.", statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The phone whose one-time code <paramref name="code"/> is, once; null when there is no such proof.</summary>
    private static async Task<long?> ProvedPhoneAsync(string? phone, string? code, PhoneVerification verification, CancellationToken cancellationToken)
    {
        var mobile = Mobile(phone);
        // A code of the wrong shape is no guess at the code: it costs no attempt.
        if (!mobile.IsValid || code is not { Length: OneTimeCode.Digits } || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        return await verification.VerifyAsync(mobile, VerificationPurposes.MyReport, code, cancellationToken) is VerifyResult.Verified ? mobile.E164 : null;
    }

    /// <summary>
    /// The reporter's own session: the signed-in phone that filed it, or the login it was filed under. A key is
    /// nobody's session (names of keys repeat; a client follows its reports with their tokens), and nobody
    /// signed in is not the reporter "anonymous".
    /// </summary>
    private static bool IsOwn(Caller caller, Data.Reports.Reporter reporter) =>
        caller.IsAuthenticated && !caller.IsKey
        && ((reporter.Phone is { } phone && phone == caller.Phone) || (reporter.Phone is null && reporter.Identity == caller.Id));

    private static PhoneNumber Mobile(string? text)
    {
        var number = string.IsNullOrWhiteSpace(text) || text.Length > SubmissionLimits.TargetText ? PhoneNumber.Invalid : PhoneNumberNormalizer.Default.Normalize(text);
        return number.Kind == NumberKind.Mobile ? number : PhoneNumber.Invalid;
    }
}
