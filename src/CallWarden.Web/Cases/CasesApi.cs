using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

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
        return api;
    }

    private static async Task<Results<Ok<CaseSummary[]>, ValidationProblem>> ListAsync(
        HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, CaseState? state = null, long? after = null, int size = 50)
    {
        if (size is < 1 or > MaxPageSize)
        {
            return new FieldErrors().Add("size", $"must be between 1 and {MaxPageSize}").ToProblem();
        }

        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var cases = db.Cases.AsNoTracking().VisibleTo(Caller.From(http.User));
        if (state is { } s)
        {
            cases = cases.Where(c => c.State == s);
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
        if (unmask && caller.Role != Roles.Analyst)
        {
            return TypedResults.Forbid();
        }

        var now = time.GetUtcNow();
        if (unmask)
        {
            db.CaseAudit.Add(new CaseAuditRecord
            {
                HolderCaseId = id,
                CaseId = id,
                Actor = caller.Id,
                Role = ActorRole.Analyst,
                At = now,
                Action = CaseAction.ReportersUnmasked,
                From = record.State,
                To = record.State,
                Reason = "unmasked reporter numbers",
            });
            await db.SaveChangesAsync(http.RequestAborted);
        }

        var reports = await db.CaseReports.AsNoTracking().Where(l => l.CaseId == id).Select(l => l.Report!).Include(r => r.Reporter).ToListAsync(http.RequestAborted);
        var audit = await db.CaseAudit.AsNoTracking().Where(a => a.HolderCaseId == id).ToListAsync(http.RequestAborted);
        var actions = await db.CarrierActions.AsNoTracking().Where(a => a.CaseId == id).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(CaseDetail.Of(record, reports, audit, actions, unmask, now));
    }
}
