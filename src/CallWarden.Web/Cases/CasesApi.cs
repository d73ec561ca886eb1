using System.Text.Json;
using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Data.Workflow;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.Web.Cases;

/// <summary>The case queue and a case's file; what each caller sees is <see cref="CaseScope"/>.</summary>
internal static class CasesApi
{
    private const int MaxPageSize = 200;

    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.CasesRead);
        read.MapGet("/", ListAsync).WithName("ListCases");
        read.MapGet("/{id:long}", GetAsync).WithName("GetCase");

        var triage = api.MapGroup("/cases/{id:long}").WithTags("Cases").RequireAuthorization(Policies.CasesTriage);
        triage.MapPost("/verify", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.Verify)).WithName("VerifyCase");
        triage.MapPost("/route", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.Route)).WithName("RouteCase");
        triage.MapPost("/merge", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.Merge)).WithName("MergeCase");
        triage.MapPost("/reject", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.Reject)).WithName("RejectCase");
        triage.MapPost("/dispute", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.Dispute)).WithName("DisputeCase");
        triage.MapPost("/resolve", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.Resolve)).WithName("ResolveDispute");
        triage.MapPost("/close", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.Close)).WithName("CloseCase");

        var carrier = api.MapGroup("/cases/{id:long}").WithTags("Cases").RequireAuthorization(Policies.CarrierActions);
        // The workflow tells every reporter and closes the case in the transaction that records the action.
        carrier.MapPost("/actions", (long id, HttpContext http, CaseWorkflow flow) => ChangeAsync(id, http, flow, CaseChanges.RecordAction)).WithName("RecordCarrierAction");
        return api;
    }

    /// <summary>
    /// Runs one transition for the caller. A case outside the caller's scope is 404 before its
    /// body is even read, so a carrier operator cannot probe other carriers' case numbers.
    /// </summary>
    private static async Task<Results<Ok<CaseSummary>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        long id, HttpContext http, CaseWorkflow flow, CaseChange change)
    {
        var caller = Caller.From(http.User);
        var contexts = http.RequestServices.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(http.RequestAborted))
        {
            if (!await db.Cases.AsNoTracking().VisibleTo(caller).AnyAsync(c => c.Id == id, http.RequestAborted))
            {
                return TypedResults.NotFound();
            }
        }

        var (request, _, errors) = await JsonBody.ReadAsync<CaseRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        var (found, refusal) = await change(id, request, caller.ToActor(), flow, errors, http.RequestAborted);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!found)
        {
            return TypedResults.NotFound();
        }

        if (refusal is { } error)
        {
            return CaseProblems.Of(error);
        }

        return await CurrentAsync(id, http);
    }

    private static async Task<Ok<CaseSummary>> CurrentAsync(long id, HttpContext http)
    {
        var contexts = http.RequestServices.GetRequiredService<IDbContextFactory<CallWardenDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        return TypedResults.Ok(CaseSummary.Of(await db.Cases.AsNoTracking().FirstAsync(c => c.Id == id, http.RequestAborted)));
    }

    private static async Task<Results<Ok<CaseSummary[]>, ValidationProblem>> ListAsync(
        HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, string? state = null, long? after = null, int size = 50)
    {
        var errors = new FieldErrors();
        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("size", $"must be between 1 and {MaxPageSize}");
        }

        var states = Enum.GetValues<CaseState>().ToDictionary(s => JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString()), StringComparer.Ordinal);
        if (state is not null && !states.ContainsKey(state))
        {
            errors.Add("state", $"must be one of {string.Join(", ", states.Keys)}");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var cases = db.Cases.AsNoTracking().VisibleTo(Caller.From(http.User));
        if (state is not null)
        {
            var wanted = states[state];
            cases = cases.Where(c => c.State == wanted);
        }

        if (after is { } a)
        {
            cases = cases.Where(c => c.Id > a);
        }

        var page = await cases.OrderBy(c => c.Id).Take(size).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(page.Select(CaseSummary.Of).ToArray());
    }

    private static async Task<Results<Ok<CaseDetail>, NotFound, ForbidHttpResult>> GetAsync(
        long id, HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time, bool unmask = false)
    {
        var caller = Caller.From(http.User);
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var record = await db.Cases.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        // Only analysts may see reporters' numbers, and each time they do it joins the case's history.
        if (unmask && !ReporterUnmasking.Allowed(caller))
        {
            return TypedResults.Forbid();
        }

        var now = time.GetUtcNow();
        if (unmask)
        {
            await ReporterUnmasking.RecordAsync(db, record, caller, "unmasked reporter numbers", now, http.RequestAborted);
        }

        var reports = await db.Reports.AsNoTracking().Include(r => r.Reporter)
            .Where(r => db.CaseReports.Any(l => l.CaseId == id && l.ReportId == r.Id))
            .ToListAsync(http.RequestAborted);
        var audit = await db.CaseAudit.AsNoTracking().Where(a => a.HolderCaseId == id).ToListAsync(http.RequestAborted);
        var actions = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == id).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(CaseDetail.Of(record, reports, audit, actions, unmask, now));
    }
}
