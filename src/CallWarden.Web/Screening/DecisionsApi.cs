using CallWarden.Core.Numbers;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using CallWarden.Web.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CallWarden.Web.Screening;

/// <summary><c>GET /subscribers/{number}/decisions</c>: "why was this call blocked", for the subscriber themself and administrators.</summary>
internal static class DecisionsApi
{
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/subscribers/{number}/decisions", ReadAsync).WithName("SubscriberDecisions").WithTags("Screening")
            .RequireAuthorization(Policies.SignedIn);
        return api;
    }

    private static async Task<Results<Ok<List<DecisionView>>, ValidationProblem, ForbidHttpResult>> ReadAsync(
        string number, int? limit, HttpContext http, RulesEditor editor)
    {
        var errors = new FieldErrors();
        var subscriber = number.Length <= 64 ? PhoneNumberNormalizer.Default.Normalize(number) : PhoneNumber.Invalid;
        if (!subscriber.IsValid)
        {
            errors.Add("number", "is not a phone number, e.g. 13912345678 or +8613912345678");
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"must be between 1 and {MaxLimit}");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // The log is the subscriber's own: only they (signed in with that phone) and administrators read it; no key does.
        var caller = Caller.From(http.User);
        var mayRead = !caller.IsKey && (caller.Role == Roles.Administrator || caller.Phone == subscriber.E164);
        if (!mayRead)
        {
            return TypedResults.Forbid();
        }

        var entries = await editor.DecisionsAsync(subscriber.E164, limit ?? 50, http.RequestAborted);
        return TypedResults.Ok(entries.Select(DecisionView.Of).ToList());
    }
}
