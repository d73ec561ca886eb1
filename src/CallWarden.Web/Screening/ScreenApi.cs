using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Screening;

/// <summary>
/// <c>POST /screen</c>: the proxy asks what to do with a call and gets one line of JSON. The
/// decision reads only memory in the steady state: the community snapshot the follower keeps
/// current and the callee's cached compiled rules.
/// </summary>
internal static class ScreenApi
{
    public static RouteGroupBuilder MapScreenApi(this RouteGroupBuilder api)
    {
        api.MapPost("/screen", ScreenAsync).WithName("Screen").WithTags("Screening")
            .RequireAuthorization(Policies.Screen)
            .Accepts<ScreenRequest>("application/json")
            .Produces<ScreenAnswerBody>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<IResult> ScreenAsync(
        HttpContext http, ScreeningEngine engine, CommunityFollower community, SubscriberRulesCache rules, DecisionLog log, TimeProvider time, IOptions<ScreenOptions> options)
    {
        ScreenRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync(ScreenJson.Default.ScreenRequest, http.RequestAborted);
        }
        catch (JsonException)
        {
            return new FieldErrors().Add("body", "is not a JSON object of the screening request").ToProblem();
        }

        var (screening, callee, errors) = Validate(request, engine.Options.Region, time.GetUtcNow());
        if (screening is null)
        {
            return errors.ToProblem();
        }

        CompiledRules compiled;
        try
        {
            var loading = rules.GetAsync(callee, http.RequestAborted);
            compiled = loading.IsCompletedSuccessfully ? loading.Result : await loading.AsTask().WaitAsync(options.Value.RulesLoadTimeout, time, http.RequestAborted);
        }
        catch (TimeoutException)
        {
            // The proxy lets the call through when it gets no 200: failing open is its decision to make.
            return TypedResults.Problem("The subscriber's rules could not be loaded in time", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var snapshot = community.IsLoaded ? community.Current : await community.EnsureLoadedAsync();
        var decision = engine.Decide(screening, compiled, snapshot);
        var decisionId = Guid.CreateVersion7(screening.At).ToString("N");
        log.Offer(new LoggedDecision(decisionId, callee, screening.At, decision));
        return new ScreenAnswer(decision, decisionId);
    }

    private static (ScreeningRequest? Request, long Callee, FieldErrors Errors) Validate(ScreenRequest? body, string region, DateTimeOffset at)
    {
        var errors = new FieldErrors();
        if (body is null)
        {
            return (null, 0, errors.Add("body", "a JSON object is required"));
        }

        if (body.Caller is null || body.Caller.Length > 64)
        {
            errors.Add("caller", "is required (the calling number as signalled, or 'anonymous'), at most 64 characters");
        }

        var callee = body.Callee is { Length: <= 64 } text ? PhoneNumberNormalizer.Default.Normalize(text, region) : PhoneNumber.Invalid;
        if (!callee.IsValid || callee.Kind is NumberKind.Anonymous)
        {
            errors.Add("callee", "is not a phone number, e.g. 13912345678 or +8613912345678");
        }

        Presentation? presentation = body.Presentation switch
        {
            null or "" or "allowed" => Presentation.Normal,
            "restricted" => Presentation.Restricted,
            "unavailable" => Presentation.Unavailable,
            _ => null,
        };
        if (presentation is null)
        {
            errors.Add("presentation", "must be allowed, restricted or unavailable");
        }

        if (body.Attest is not (null or "" or "A" or "B" or "C"))
        {
            errors.Add("attest", "must be A, B, C or empty");
        }

        if (body.Callid is { Length: > 256 } || body.Src is { Length: > 64 })
        {
            errors.Add(body.Callid is { Length: > 256 } ? "callid" : "src", "is too long");
        }

        if (errors.Any)
        {
            return (null, 0, errors);
        }

        var attestation = string.IsNullOrEmpty(body.Attest) ? null : body.Attest;
        return (new ScreeningRequest(body.Caller!, body.Callee!, at, attestation, Presentation: presentation!.Value, CallId: body.Callid), callee.E164, errors);
    }
}
