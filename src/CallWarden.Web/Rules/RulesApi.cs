using CallWarden.Core.Screening;
using CallWarden.Data.Intake;
using CallWarden.Data.Rules;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CallWarden.Web.Rules;

/// <summary>
/// A subscriber's personal rules: the whole set, one entry at a time, and the dry run that shows
/// what proposed rules would have done to past calls. Every change names the version it started
/// from, so two devices editing one list get 409 rather than undoing each other.
/// </summary>
internal static class RulesApi
{
    public static RouteGroupBuilder MapRulesApi(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/subscribers/{number}/rules").WithTags("Rules").RequireAuthorization(Policies.SubscriberRules);
        rules.MapGet("/", GetAsync).WithName("GetRules");
        rules.MapPut("/", PutAsync).WithName("PutRules");
        rules.MapPost("/entries", AddEntryAsync).WithName("AddRuleEntry");
        rules.MapDelete("/entries", RemoveEntryAsync).WithName("RemoveRuleEntry");
        rules.MapPost("/dry-run", DryRunAsync).WithName("DryRunRules");
        return api;
    }

    private static async Task<Results<Ok<SubscriberRules>, ValidationProblem>> GetAsync(HttpContext http, RulesEditor editor)
    {
        if (Subscriber(http) is not { } subscriber)
        {
            return BadNumber();
        }

        return TypedResults.Ok(await editor.LoadAsync(subscriber, http.RequestAborted));
    }

    /// <summary>Replaces the whole set; its <c>version</c> is the version it was edited from (0 for a first save).</summary>
    private static async Task<Results<Ok<SubscriberRules>, ValidationProblem, ProblemHttpResult>> PutAsync(HttpContext http, RulesEditor editor)
    {
        if (Subscriber(http) is not { } subscriber)
        {
            return BadNumber();
        }

        var (body, raw, errors) = await JsonBody.ReadAsync<SubscriberRules>(http);
        if (body is not null && !RulesInput.HasVersion(raw))
        {
            errors.Add("version", "is required: the version the rules were loaded at, 0 for a first save");
        }

        if (body is null || errors.Any || editor.Check(body, errors) is not { } rules)
        {
            return errors.ToProblem();
        }

        var saved = await editor.SaveAsync(subscriber, rules, body.Version, IntakeChannel.Api, http.RequestAborted);
        return saved is null ? Conflict(body.Version) : TypedResults.Ok(saved);
    }

    /// <summary>Adds an entry, replacing one with the same canonical pattern.</summary>
    private static async Task<Results<Ok<SubscriberRules>, ValidationProblem, ProblemHttpResult>> AddEntryAsync(HttpContext http, RulesEditor editor, TimeProvider time)
    {
        if (Subscriber(http) is not { } subscriber)
        {
            return BadNumber();
        }

        var (request, _, errors) = await JsonBody.ReadAsync<NewEntryRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        var region = editor.Region;
        var entry = RuleEntries.Read(request.Pattern, request.Effect, request.Disposition, request.ExpiresAt, request.Note, time.GetUtcNow(), region, errors);
        if (entry is null)
        {
            return errors.ToProblem();
        }

        var current = await editor.LoadAsync(subscriber, http.RequestAborted);
        var expected = request.Version ?? current.Version;
        var proposed = current with { Entries = [.. current.Entries.Where(e => e.Pattern != entry.Pattern), entry] };
        foreach (var problem in proposed.Validate(region))
        {
            errors.Add("entry", problem);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var saved = await editor.SaveAsync(subscriber, proposed, expected, IntakeChannel.Api, http.RequestAborted);
        return saved is null ? Conflict(expected) : TypedResults.Ok(saved);
    }

    private static async Task<Results<Ok<SubscriberRules>, NotFound, ValidationProblem, ProblemHttpResult>> RemoveEntryAsync(
        string? pattern, long? version, HttpContext http, RulesEditor editor)
    {
        if (Subscriber(http) is not { } subscriber)
        {
            return BadNumber();
        }

        if (!RulePattern.TryParse(pattern, editor.Region, out var parsed, out var error))
        {
            return new FieldErrors().Add("pattern", RulesInput.Describe(error), RulesInput.Code(error)).ToProblem();
        }

        var current = await editor.LoadAsync(subscriber, http.RequestAborted);
        if (!current.Entries.Any(e => e.Pattern == parsed.Text))
        {
            return TypedResults.NotFound();
        }

        var expected = version ?? current.Version;
        var proposed = current with { Entries = [.. current.Entries.Where(e => e.Pattern != parsed.Text)] };
        var saved = await editor.SaveAsync(subscriber, proposed, expected, IntakeChannel.Api, http.RequestAborted);
        return saved is null ? Conflict(expected) : TypedResults.Ok(saved);
    }

    private static async Task<Results<Ok<DryRunReport>, ValidationProblem>> DryRunAsync(HttpContext http, RulesEditor editor)
    {
        if (Subscriber(http) is not { } subscriber)
        {
            return BadNumber();
        }

        var (request, _, errors) = await JsonBody.ReadAsync<DryRunRequest>(http);
        if (request is null)
        {
            return errors.ToProblem();
        }

        var proposed = request.Rules is null ? null : editor.Check(request.Rules, errors, "rules.entries");
        if (request.Rules is null)
        {
            errors.Add("rules", "the proposed rules are required");
        }

        var calls = request.Calls is null ? null : ReadCalls(request.Calls, subscriber, errors);
        if (proposed is null || errors.Any)
        {
            return errors.ToProblem();
        }

        var outcomes = await editor.DryRunAsync(subscriber, proposed, calls, http.RequestAborted);
        return TypedResults.Ok(DryRunReport.Of(outcomes));
    }

    private static List<PastCall> ReadCalls(IReadOnlyList<DryRunCall> calls, long subscriber, FieldErrors errors)
    {
        if (calls.Count > RulesDryRun.MaxCalls)
        {
            errors.Add("calls", $"must hold at most {RulesDryRun.MaxCalls} calls");
            return [];
        }

        var callee = "+" + subscriber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        List<PastCall> read = [];
        for (var i = 0; i < calls.Count; i++)
        {
            if (calls[i] is not { Caller: { Length: > 0 and <= RulePattern.MaxTextLength } caller } call)
            {
                errors.Add($"calls[{i}].caller", "is required, a phone number as the callee saw it");
                continue;
            }

            read.Add(new PastCall(caller, callee, call.At));
        }

        return read;
    }

    private static long? Subscriber(HttpContext http) => RulesAccess.Subscriber(http) is { IsValid: true } number ? number.E164 : null;

    private static ValidationProblem BadNumber() =>
        new FieldErrors().Add("number", "is not a phone number, e.g. 13912345678 or +8613912345678").ToProblem();

    private static ProblemHttpResult Conflict(long version) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The rules changed meanwhile",
        detail: $"The rules are no longer at version {version}: load them again, reapply the change and save with the new version.");
}
