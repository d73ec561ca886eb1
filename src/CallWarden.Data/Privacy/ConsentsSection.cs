using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>The consents the person gave; withdrawing deletes them (the audit keeps that it happened, not who).</summary>
internal sealed class ConsentsSection : IPersonalDataSection
{
    public string Name => "consents";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken) =>
        (await Of(db, subject).AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(c => new { c.Notice, purpose = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Purpose.ToString()), channel = Intake.IntakeChannels.Code(c.Channel), c.At })
        .ToList();

    public Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken) =>
        Of(db, subject).ExecuteDeleteAsync(cancellationToken);

    private static IQueryable<ConsentRecord> Of(CallWardenDbContext db, DataSubject subject) =>
        db.Consents.Where(c => c.Phone == subject.E164 || c.Subject == subject.Identity);
}
