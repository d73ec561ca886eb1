using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Privacy;

internal static class PrivacyModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ConsentRecord>(e =>
        {
            e.ToTable("consents");
            e.Property(c => c.Subject).HasMaxLength(256);
            e.Property(c => c.Notice).HasMaxLength(Intake.SubmissionLimits.ConsentNotice);
            e.HasIndex(c => new { c.Phone, c.Notice });
            e.HasIndex(c => c.Subject);
        });

        model.Entity<PrivacyAuditRecord>(e =>
        {
            e.ToTable("privacy_audit");
            e.Property(a => a.SubjectDigest).HasMaxLength(64);
            e.Property(a => a.Detail).HasMaxLength(PrivacyAuditRecord.DetailLength);
            e.HasIndex(a => new { a.SubjectDigest, a.At });
        });
    }
}
