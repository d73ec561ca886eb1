using CallWarden.Data;
using CallWarden.Data.Registry;
using CallWarden.Data.Screening;
using CallWarden.Web.Access;
using CallWarden.Web.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Registry;

/// <summary>
/// <c>POST /registry/scrub</c>: a business with an approved marketing registration (a key with
/// <c>registry:scrub</c> bound to it) sends its call list as CSV (read as it streams in) or JSON and gets
/// back only the numbers it may not call, with the rows that held no number; every scrub is logged
/// with its counts, never the list (issue #10 part 7; formats in <see cref="ScrubFormat"/>).
/// </summary>
internal static class ScrubApi
{
    /// <summary>A CSV list is streamed: 512 MiB is some 30 million numbers.</summary>
    public const long MaxCsvBytes = 512L << 20;

    /// <summary>How much of a CSV answer waits in memory before the rest waits in a temporary file.</summary>
    private const int AnswerMemoryThreshold = 1 << 20;

    /// <summary>A JSON list is read whole before it is answered.</summary>
    public const long MaxJsonBytes = 64L << 20;

    public static RouteGroupBuilder MapScrubApi(this RouteGroupBuilder api)
    {
        api.MapPost("/registry/scrub", ScrubAsync).WithName("ScrubList").WithTags("Registry")
            .Accepts<string>("text/csv", "application/json")
            .RequireAuthorization(Policies.Scrub)
            .WithMetadata(new BodySizeLimit(MaxCsvBytes));
        return api;
    }

    private static async Task<IResult> ScrubAsync(HttpContext http, IDbContextFactory<CallWardenDbContext> contexts, CommunityFollower follower, TimeProvider time)
    {
        var business = Caller.From(http.User).Business ?? throw new InvalidOperationException("The scrub policy lets only a key bound to a business in.");
        var mediaType = http.Request.ContentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        var format = mediaType switch
        {
            "text/csv" or "text/plain" => ScrubFormat.Csv,
            "application/json" => ScrubFormat.Json,
            _ => (ScrubFormat?)null,
        };
        if (format is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the list as text/csv (one number per row) or application/json ({\"numbers\":[…]}).");
        }

        await using (var db = await contexts.CreateDbContextAsync(http.RequestAborted))
        {
            var marketed = await ScrubLog.MarketedByAsync(db, business, http.RequestAborted);
            if (marketed == Core.Registry.MarketingCategories.None)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only a business with an approved marketing registration may scrub a list.");
            }

            var snapshot = await follower.EnsureLoadedAsync();
            var scrub = new ListScrub(snapshot.Registry, marketed);
            ScrubTally tally;
            if (format == ScrubFormat.Json)
            {
                if (http.Request.ContentLength > MaxJsonBytes)
                {
                    return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
                }

                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body, http.RequestAborted);
                if (body.Length > MaxJsonBytes)
                {
                    return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
                }

                var json = body.GetBuffer().AsMemory(0, (int)body.Length);
                if (!ListScrub.IsJsonList(json.Span))
                {
                    return new FieldErrors().Add("body", "must be {\"numbers\":[\"13912345678\", …]} or a JSON array of numbers").ToProblem();
                }

                http.Response.ContentType = "application/json; charset=utf-8";
                tally = await scrub.ScrubJsonAsync(json, http.Response.Body, http.RequestAborted);
            }
            else
            {
                // An HTTP/1.1 client (.NET's HttpClient, Python's requests …) sends the whole list before it
                // reads any of the answer: an answer written while the list still arrives fills the
                // connection's buffers and both sides wait for ever (measured: a 5·10^6-row list stalled).
                // So the answer gathers in memory up to 1 MiB, then in a temporary file, and goes out once
                // the list is read — still never whole in memory.
                await using var answer = new FileBufferingWriteStream(AnswerMemoryThreshold);
                tally = await scrub.ScrubCsvAsync(http.Request.Body, answer, http.RequestAborted);
                http.Response.ContentType = "text/csv; charset=utf-8";
                await answer.DrainBufferAsync(http.Response.Body, http.RequestAborted);
            }

            var key = Caller.From(http.User).Submitter;
            await ScrubLog.RecordAsync(db, business, "api " + key, tally, time.GetUtcNow(), http.RequestAborted);
            return TypedResults.Empty;
        }
    }
}
