using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using CallWarden.Web.Cases;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Numbers;

/// <summary><c>GET /numbers/{number}</c>: the public lookup, anonymous and rate limited per address.</summary>
internal static class NumbersApi
{
    public static RouteGroupBuilder MapNumbersApi(this RouteGroupBuilder api)
    {
        var numbers = api.MapGroup("/numbers").WithTags("Numbers").AllowAnonymous().RequireRateLimiting(RateLimits.Lookup);
        numbers.MapGet("/{number}", LookupAsync).WithName("LookupNumber");
        return api;
    }

    private static async Task<Results<Ok<NumberLookup>, ValidationProblem>> LookupAsync(
        string number, HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, TimeProvider time)
    {
        var parsed = number.Length <= 64 ? PhoneNumberNormalizer.Default.Normalize(number) : PhoneNumber.Invalid;
        if (!parsed.IsValid)
        {
            return new FieldErrors().Add("number", "is not a phone number, e.g. 13912345678 or +8613912345678").ToProblem();
        }

        var language = RequestLanguage.Of(http.Request);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var reputation = await db.Reputations.AsNoTracking().FirstOrDefaultAsync(r => r.Number == parsed.E164, http.RequestAborted);
        var actions = await db.CarrierActions.AsNoTracking()
            .Where(a => a.Number == parsed.E164 && a.LiftedAt == null && (a.Until == null || a.Until > now))
            .ToListAsync(http.RequestAborted);
        var inForce = actions.Select(a => EnforcementView.Of(a, now)).Where(a => a.InForce).ToList();
        return TypedResults.Ok(NumberLookup.Of(parsed, NumberAttributor.Default.Attribute(parsed, language), reputation, inForce, language));
    }
}
