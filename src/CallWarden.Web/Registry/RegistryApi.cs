using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Data;
using CallWarden.Data.Registry;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Registry;

/// <summary>
/// The refusal registry and the business registry (issue #10 parts 5 and 6): a subscriber's refusals
/// for the subscriber, an administrator and the subscriber's carrier's app; a business's application
/// for anyone; approval and refusal for administrators.
/// </summary>
internal static class RegistryApi
{
    public static RouteGroupBuilder MapRegistryApi(this RouteGroupBuilder api)
    {
        var registry = api.MapGroup("/registry").WithTags("Registry");
        var refusals = registry.MapGroup("/refusals/{number}").RequireAuthorization(Policies.Refusals);
        refusals.MapGet("/", GetRefusalsAsync).WithName("GetRefusals");
        refusals.MapPost("/", RefuseAsync).WithName("RegisterRefusal").Accepts<RefusalRequest>("application/json");
        refusals.MapPost("/withdraw", WithdrawAsync).WithName("WithdrawRefusal").Accepts<RefusalRequest>("application/json");

        // A business has no account before it is approved: anyone may apply, as on the web form, at the public forms' rate.
        registry.MapPost("/businesses", ApplyAsync).WithName("ApplyAsBusiness").Accepts<BusinessApplicationRequest>("application/json")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Intake);
        var admin = registry.MapGroup("/businesses").RequireAuthorization(Policies.Administration);
        admin.MapGet("/", ListBusinessesAsync).WithName("ListBusinesses");
        admin.MapPost("/{id:int}/approve", ApproveAsync).WithName("ApproveBusiness");
        admin.MapPost("/{id:int}/refuse", RefuseBusinessAsync).WithName("RefuseBusiness").Accepts<BusinessDecisionRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<RefusalAnswer>, ValidationProblem>> GetRefusalsAsync(HttpContext http, RefusalRegistry registry)
    {
        if (RefusalAccess.Subscriber(http) is not { IsValid: true } number)
        {
            return BadNumber();
        }

        var refused = await registry.RefusedAsync(number.E164, http.RequestAborted);
        return TypedResults.Ok(new RefusalAnswer(number.ToE164String(), refused.ToCodes(), null));
    }

    private static Task<Results<Ok<RefusalAnswer>, ValidationProblem>> RefuseAsync(HttpContext http, RefusalRegistry registry) => ChangeAsync(http, registry, withdraw: false);

    private static Task<Results<Ok<RefusalAnswer>, ValidationProblem>> WithdrawAsync(HttpContext http, RefusalRegistry registry) => ChangeAsync(http, registry, withdraw: true);

    /// <summary>Registers or withdraws; the answer and an SMS to the phone confirm it in the language asked for.</summary>
    private static async Task<Results<Ok<RefusalAnswer>, ValidationProblem>> ChangeAsync(HttpContext http, RefusalRegistry registry, bool withdraw)
    {
        if (RefusalAccess.Subscriber(http) is not { IsValid: true } number)
        {
            return BadNumber();
        }

        var (body, _, errors) = await JsonBody.ReadAsync<RefusalRequest>(http);
        if (body is null)
        {
            return errors.ToProblem();
        }

        if (!MarketingCategoryNames.TryParseCodes(body.Categories, out var categories, out var unknown))
        {
            errors.Add("categories", $"'{unknown}' is no category: use loans, insurance, real_estate, education, finance, other or all");
        }

        var language = DisplayLanguages.FromCultureName(body.Language);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (categories == MarketingCategories.None)
        {
            categories = MarketingCategories.All;
        }

        var caller = Caller.From(http.User);
        var refused = await registry.ChangeAsync(
            number.E164,
            withdraw ? MarketingCategories.None : categories,
            withdraw ? categories : MarketingCategories.None,
            caller.IsKey ? "api" : "web",
            caller.IsKey ? caller.Submitter : null,
            language,
            http.RequestAborted);
        return TypedResults.Ok(new RefusalAnswer(number.ToE164String(), refused.ToCodes(), RefusalWording.Confirmation(refused, language)));
    }

    private static async Task<Results<Created<BusinessApplicationReceipt>, ValidationProblem>> ApplyAsync(HttpContext http, BusinessRegistry businesses)
    {
        var (body, _, errors) = await JsonBody.ReadAsync<BusinessApplicationRequest>(http);
        if (body is null)
        {
            return errors.ToProblem();
        }

        List<DeclaredLine> lines = [];
        foreach (var (line, i) in (body.Lines ?? []).Select((l, i) => (l, i)))
        {
            if (!MarketingCategoryNames.TryParseCodes(line?.Categories, out var categories, out var unknown))
            {
                errors.Add($"lines[{i}].categories", $"'{unknown}' is no category: use loans, insurance, real_estate, education, finance, other or all");
            }

            lines.Add(new DeclaredLine(line?.Number, line?.Kind ?? BusinessLineKind.None, categories));
        }

        var application = new BusinessApplication(body.Name, body.NameTraditional, body.NameEnglish, body.Licence, body.ContactName, body.ContactPhone, body.ContactEmail, lines);
        var checkedApplication = application.Check(out var problems);
        ApplicationProblems.AddTo(errors, problems);
        if (errors.Any || checkedApplication is null)
        {
            return errors.ToProblem();
        }

        var caller = Caller.From(http.User);
        var id = await businesses.ApplyAsync(checkedApplication, caller.IsKey ? "api " + caller.Submitter : "api", DisplayLanguages.FromCultureName(body.Language), http.RequestAborted);
        return TypedResults.Created($"/api/v1/registry/businesses/{id}", new BusinessApplicationReceipt(id, "applied"));
    }

    private static async Task<Results<Ok<BusinessView[]>, ValidationProblem>> ListBusinessesAsync(HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, string? state)
    {
        BusinessState? wanted = null;
        if (state is not null)
        {
            if (!Enum.TryParse<BusinessState>(state, ignoreCase: true, out var parsed) || int.TryParse(state, out _))
            {
                return new FieldErrors().Add("state", "must be applied, approved or refused").ToProblem();
            }

            wanted = parsed;
        }

        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var query = db.Businesses.AsNoTracking().Include(b => b.Lines).AsQueryable();
        if (wanted is { } s)
        {
            query = query.Where(b => b.State == s);
        }

        var rows = await query.OrderByDescending(b => b.Id).Take(500).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(rows.Select(BusinessView.Of).ToArray());
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> ApproveAsync(int id, HttpContext http, BusinessRegistry businesses) =>
        Answer(await businesses.ApproveAsync(id, Caller.From(http.User).Id, http.RequestAborted));

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RefuseBusinessAsync(int id, HttpContext http, BusinessRegistry businesses)
    {
        var (body, _, _) = await JsonBody.ReadAsync<BusinessDecisionRequest>(http);
        var note = body?.Note is { Length: > 500 } longNote ? longNote[..500] : body?.Note;
        return Answer(await businesses.RefuseAsync(id, Caller.From(http.User).Id, note, http.RequestAborted));
    }

    private static Results<NoContent, NotFound, ProblemHttpResult> Answer(BusinessDecision decision) => decision switch
    {
        BusinessDecision.Done => TypedResults.NoContent(),
        BusinessDecision.NotFound => TypedResults.NotFound(),
        BusinessDecision.AlreadyDecided => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The application was decided already."),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "One of its numbers is an approved line of another business."),
    };

    private static ValidationProblem BadNumber() =>
        new FieldErrors().Add("number", "is not a phone number: write the subscriber's number, for example 13912345678").ToProblem();
}
