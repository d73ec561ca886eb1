using CallWarden.Data;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
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
        var parsed = NumberInput.Parse(number);
        if (!parsed.IsValid)
        {
            return new FieldErrors().Add("number", "is not a phone number, e.g. 13912345678 or +8613912345678").ToProblem();
        }

        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var stored = await StoredNumber.ReadAsync(db, parsed, time.GetUtcNow(), http.RequestAborted);
        return TypedResults.Ok(stored.Describe(RequestLanguage.Of(http.Request)));
    }
}
