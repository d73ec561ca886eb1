using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

/// <summary>
/// The messages sent or waiting to be sent to the phone (acknowledgements, results, replies). They are
/// also what a result notice is addressed by; withdrawing deletes them, so nobody tells a withdrawn
/// reporter anything but the confirmation queued after this section ran.
/// </summary>
internal sealed class MessagesSection : IPersonalDataSection
{
    public string Name => "messages";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken) =>
        (await db.Outbox.AsNoTracking().Where(m => m.Recipient == subject.Identity).OrderBy(m => m.Id)
            .Select(m => new { m.Channel, m.Language, m.TemplateKey, m.Parameters, m.Body, m.CreatedAt, m.SentAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(m => new { channel = m.Channel.ToString().ToLowerInvariant(), m.Language, template = m.TemplateKey, m.Parameters, m.Body, m.CreatedAt, m.SentAt })
        .ToList();

    public Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Outbox.Where(m => m.Recipient == subject.Identity).ExecuteDeleteAsync(cancellationToken);
}
