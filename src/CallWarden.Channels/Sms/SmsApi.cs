using CallWarden.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallWarden.Channels.Sms;

/// <summary>
/// <c>GET|POST /sms/mo</c>, Kannel's sms-service, and <c>GET /sms/dlr</c>, its delivery reports.
/// Outside <c>/api/v1</c>: the caller is a gateway presenting the channel's shared secret, not a user
/// (so no user policy applies: the endpoints allow anonymous callers and check the secret themselves).
/// The MO answer's body is empty: every reply leaves through the outbox.
/// </summary>
public static class SmsApi
{
    public static WebApplication MapCallWardenSms(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<SmsChannelOptions>() is null)
        {
            return app;
        }

        var sms = app.MapGroup("/sms").WithTags("SMS").AllowAnonymous().ExcludeFromDescription();
        sms.MapMethods("/mo", [HttpMethods.Get, HttpMethods.Post], MoAsync).WithName("SmsMo");
        sms.MapGet("/dlr", DeliveryReportAsync).WithName("SmsDeliveryReport");
        return app;
    }

    private static async Task<Results<Ok<string>, ProblemHttpResult, UnauthorizedHttpResult, ForbidHttpResult, StatusCodeHttpResult>> MoAsync(
        HttpContext http, SmsChannelOptions options, SmsMoHandler handler, ILoggerFactory logs)
    {
        var (mo, problem, fields) = await KannelMoReader.ReadAsync(http.Request, http.RequestAborted);
        if (KannelGateway.Refusal(http, fields, options) is { } refused)
        {
            return TypedResults.StatusCode(refused);
        }

        if (mo is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await handler.HandleAsync(mo, http.RequestAborted);
        if (outcome.Kind == SmsMoKind.NoSender)
        {
            return TypedResults.Problem("from is not a phone number that can be answered", statusCode: StatusCodes.Status400BadRequest);
        }

        logs.CreateLogger("CallWarden.Channels.Sms").LogInformation("SMS MO {Id} to {To}: {Kind} {Reference}", mo.MessageId, mo.To, outcome.Kind, outcome.Reference);
        return TypedResults.Ok(string.Empty);
    }

    private static async Task<Results<Ok<string>, ProblemHttpResult, StatusCodeHttpResult>> DeliveryReportAsync(
        HttpContext http, SmsChannelOptions options, IDbContextFactory<CallWardenDbContext> contexts)
    {
        var fields = http.Request.Query.Where(q => q.Value.Count == 1).ToDictionary(q => q.Key, q => q.Value[0]!, StringComparer.Ordinal);
        if (KannelGateway.Refusal(http, fields, options) is { } refused)
        {
            return TypedResults.StatusCode(refused);
        }

        if (!fields.TryGetValue("id", out var idText) || !long.TryParse(idText, out var id) || id <= 0
            || !fields.TryGetValue("status", out var statusText) || !int.TryParse(statusText, out var status) || status is < 0 or > 255)
        {
            return TypedResults.Problem("id and status (Kannel's %d) are required numbers", statusCode: StatusCodes.Status400BadRequest);
        }

        var answer = fields.TryGetValue("answer", out var a) ? a[..Math.Min(a.Length, 200)] : string.Empty;
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var delivery = KannelDelivery.Describe(status);
        // 1 and 8 are good news; 2 and 16 are a failure the operator must see; 4 (buffered) changes nothing.
        var updated = status switch
        {
            1 or 8 => await db.Outbox.Where(m => m.Id == id && m.SentAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ExternalId, "kannel:" + delivery), http.RequestAborted),
            2 or 16 => await db.Outbox.Where(m => m.Id == id && m.SentAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ExternalId, "kannel:" + delivery).SetProperty(m => m.LastError, $"dlr {status} {answer}"), http.RequestAborted),
            _ => 1,
        };
        return updated == 0 ? TypedResults.Problem($"no sent SMS {id}", statusCode: StatusCodes.Status404NotFound) : TypedResults.Ok(string.Empty);
    }
}
