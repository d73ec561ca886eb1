using System.Text.Json.Nodes;
using CallWarden.Core.Localization;
using CallWarden.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// How CallWarden reaches the person, as it is stored: the proven phone (not correctable: it is who they
/// are), the name and email address given on the web report form (kept in those reports' payloads), and
/// the language the notices to them are written in (kept with each queued message: a result notice
/// takes its report's acknowledgement's language).
/// </summary>
public sealed record ContactDetails(string Phone, string? Name, string? Email, DisplayLanguage? Language)
{
    public static async Task<ContactDetails> ReadAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subject);
        var payloads = await WebReports(db, subject).OrderByDescending(r => r.Id).Select(r => r.RawPayload).Take(20).ToListAsync(cancellationToken).ConfigureAwait(false);
        string? name = null, email = null;
        foreach (var payload in payloads)
        {
            if (Form(payload) is { } form)
            {
                name ??= Text(form, "name");
                email ??= Text(form, "email");
            }
        }

        var language = await db.Outbox.AsNoTracking().Where(m => m.Recipient == subject.Identity).OrderByDescending(m => m.Id)
            .Select(m => m.Language).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new ContactDetails(subject.Identity, name, email, language is null ? null : DisplayLanguages.FromCultureName(language));
    }

    /// <summary>The person's reports filed on the web form: their payloads hold the name and email address given.</summary>
    internal static IQueryable<Reports.ReportRecord> WebReports(CallWardenDbContext db, DataSubject subject) =>
        db.Reports.Where(r => r.Channel == IntakeChannel.Web && (r.Reporter!.Phone == subject.E164 || r.Reporter!.Identity == subject.Identity));

    internal static JsonObject? Form(string payload)
    {
        try
        {
            return JsonNode.Parse(payload) as JsonObject is { } form && form["form"]?.GetValue<string>() == "report" ? form : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject form, string name) =>
        form[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
