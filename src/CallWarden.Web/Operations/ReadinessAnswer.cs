using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallWarden.Web.Operations;

/// <summary>
/// The body of <c>/readyz</c>: the overall status and each check with its status, and for a failing
/// one what failed — in the checks' own words, never an exception's text (which could name a server,
/// a file or a connection string).
/// </summary>
internal static class ReadinessAnswer
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(http.Response.BodyWriter);
        await using (writer)
        {
            writer.WriteStartObject();
            writer.WriteString("status", Word(report.Status));
            writer.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", Word(entry.Status));
                if (entry.Status != HealthStatus.Healthy)
                {
                    writer.WriteString("detail", entry.Exception switch
                    {
                        null => entry.Description,
                        OperationCanceledException => "no answer within the bound",
                        _ => "the check failed",
                    });
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    /// <summary>Writes "live": the process serves; nothing else is asked.</summary>
    public static Task WriteLiveAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync("live");
    }

    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
