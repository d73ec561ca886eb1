using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Outbox;

internal static class OutboxModel
{
    public static void Configure(ModelBuilder model) => model.Entity<OutboxMessage>(e =>
    {
        e.ToTable("outbox");
        e.Property(m => m.Recipient).HasMaxLength(256);
        e.Property(m => m.Language).HasMaxLength(16);
        e.Property(m => m.TemplateKey).HasMaxLength(64);
        e.Property(m => m.Parameters).HasMaxLength(2000);
        e.Property(m => m.Body).HasMaxLength(4000);
        e.Property(m => m.DedupKey).HasMaxLength(128);
        e.Property(m => m.Sender).HasMaxLength(32);
        e.HasIndex(m => m.DedupKey).IsUnique();
        e.Property(m => m.ExternalId).HasMaxLength(128);
        e.Property(m => m.LastError).HasMaxLength(1000);

        // Delivery workers look for unsent rows whose next attempt is due.
        e.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    });
}
