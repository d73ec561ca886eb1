using System.Diagnostics;
using CallWarden.Core.Screening;
using CallWarden.Data.Operations;
using CallWarden.Data.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Screening;

/// <summary>
/// Decides one <c>POST /api/v1/screen</c>: reads the request, loads the callee's compiled rules,
/// decides against the community snapshot and the node's recent calls, remembers and logs the
/// decision. The decision reads only memory in the steady state. The endpoint and
/// <see cref="ScreenLane"/> both call it, so the two ways in can never answer differently.
/// </summary>
internal sealed class ScreenHandler(
    ScreeningEngine engine, CommunityFollower community, SubscriberRulesCache rules, RecentCalls recent, DecisionLog log, CallWardenMetrics metrics, TimeProvider time, IOptions<ScreenOptions> options)
{
    private readonly TimeSpan _rulesLoadTimeout = options.Value.RulesLoadTimeout;

    public async Task<IResult> ScreenAsync(HttpContext http)
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
            compiled = loading.IsCompletedSuccessfully ? loading.Result : await loading.AsTask().WaitAsync(_rulesLoadTimeout, time, http.RequestAborted);
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
        var decisionId = DecisionIds.Next(screening.At);
        log.Offer(new LoggedDecision(decisionId, callee, screening.At, decision));
        return new ScreenAnswer(decision, decisionId);
    }
}
