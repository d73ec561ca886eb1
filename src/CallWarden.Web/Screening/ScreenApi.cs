using System.Diagnostics;
using CallWarden.Core.Screening;
using CallWarden.Data.Operations;
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
/// current, the callee's cached compiled rules and the node's memory of recent calls, which
/// remembers every screened call so that a repeated one passes quiet hours.
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
        HttpContext http, ScreeningEngine engine, CommunityFollower community, SubscriberRulesCache rules, RecentCalls recent, DecisionLog log, CallWardenMetrics metrics, TimeProvider time, IOptions<ScreenOptions> options)
    {
        var (screening, callee, errors) = await ScreenRequestReader.ReadAsync(http.Request, engine.Options.Region, time.GetUtcNow(), http.RequestAborted);
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
        // The clock is read only while someone listens to the latency (metrics on).
        var started = metrics.TimesDecisions ? Stopwatch.GetTimestamp() : 0;
        var decision = engine.Decide(screening, compiled, snapshot, recent);
        metrics.Decided(decision, started == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started));
        recent.Remember(decision, callee, screening.At);
        var decisionId = Guid.CreateVersion7(screening.At).ToString("N");
        log.Offer(new LoggedDecision(decisionId, callee, screening.At, decision));
        return new ScreenAnswer(decision, decisionId);
    }
}
