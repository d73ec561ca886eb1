using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Reports;

/// <summary><c>POST /reports</c> into intake; <c>GET /reports/{reference}</c>, the reporter's own view.</summary>
internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapPost("/", SubmitAsync).WithName("SubmitReport")
            .Accepts<ReportRequest>("application/json")
            .RequireAuthorization(Policies.Intake).RequireRateLimiting(RateLimits.Intake);

        // Anyone may ask, but only the reporter (by login or phone number) and the centre get an answer.
        reports.MapGet("/{reference}", GetAsync).WithName("GetReport").AllowAnonymous().RequireRateLimiting(RateLimits.Lookup);
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

        var result = await intake.SubmitAsync(request.ToSubmission(raw, time.GetUtcNow(), phone, identity), http.RequestAborted);
        if (result.Receipt is not { } receipt)
        {
            var errors = new FieldErrors();
            foreach (var e in result.Errors)
            {
                errors.Add(e.Field, e.Message);
            }

            return errors.ToProblem();
        }

        var created = ReportCreated.Of(receipt);
        return receipt.Duplicate ? TypedResults.Ok(created) : TypedResults.Created($"/api/v1/reports/{receipt.Reference}", created);
    }

    private static async Task<Results<Ok<ReportView>, NotFound>> GetAsync(
        string reference, string? phone, HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
    {
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var report = await db.Reports.AsNoTracking().Include(r => r.Reporter).FirstOrDefaultAsync(r => r.Reference == reference, http.RequestAborted);
        if (report?.Reporter is not { } reporter)
        {
            return TypedResults.NotFound();
        }

        var caller = Caller.From(http.User);
        var shownPhone = string.IsNullOrWhiteSpace(phone) || phone.Length > SubmissionLimits.TargetText ? PhoneNumber.Invalid : PhoneNumberNormalizer.Default.Normalize(phone);
        var isReporter = (reporter.Phone is { } p && (p == caller.Phone || (shownPhone.IsValid && p == shownPhone.E164))) || reporter.Identity == caller.Id;
        if (!isReporter && !caller.May(Scopes.CasesRead, Roles.Analyst, Roles.Administrator))
        {
            return TypedResults.NotFound();
        }

        var state = await db.Cases.AsNoTracking().Where(c => c.Id == report.CaseId).Select(c => c.State).FirstAsync(http.RequestAborted);
        var actions = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == report.CaseId).OrderBy(a => a.From).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(ReportView.Of(report, reporter, state, actions, time.GetUtcNow()));
    }
}
