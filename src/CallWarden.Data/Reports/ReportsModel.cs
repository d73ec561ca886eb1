using CallWarden.Data.Reputation;
using CallWarden.Data.Stats;
using CallWarden.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Reports;

/// <summary>Tables of reporters, reports, reputation, rollups and counters.</summary>
internal static class ReportsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Reporter>(e =>
        {
            e.ToTable("reporters");
            e.Property(r => r.Identity).HasMaxLength(256);
            e.HasIndex(r => r.Identity).IsUnique();
        });

        model.Entity<ReportRecord>(e =>
        {
            e.ToTable("reports");
            e.Property(r => r.Reference).HasMaxLength(20);
            e.HasIndex(r => r.Reference).IsUnique();
            e.Property(r => r.IdempotencyKey).HasMaxLength(Intake.SubmissionLimits.IdempotencyKey);
            e.Property(r => r.IdempotencyScope).HasMaxLength(Intake.IdempotencyScope.MaxLength);
            e.HasIndex(r => new { r.IdempotencyKey, r.IdempotencyScope }).IsUnique();
            e.Property(r => r.PayloadHash).HasMaxLength(64);
            e.Property(r => r.FollowTokenHash).HasMaxLength(64);
            e.Property(r => r.TargetText).HasMaxLength(Intake.SubmissionLimits.TargetText);
            e.Property(r => r.CategoryCode).HasMaxLength(32);
            e.Property(r => r.Reason).HasMaxLength(Intake.SubmissionLimits.Reason);
            e.Property(r => r.Content).HasMaxLength(Intake.SubmissionLimits.Content);
            e.Property(r => r.RawPayload).HasMaxLength(Intake.SubmissionLimits.RawPayload);
            e.Property(r => r.ConsentNotice).HasMaxLength(Intake.SubmissionLimits.ConsentNotice);
            e.HasOne(r => r.Reporter).WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => new { r.Target, r.ReceivedAt });
            e.HasIndex(r => new { r.ReporterId, r.ReceivedAt });
            e.HasIndex(r => r.CaseId);
        });

        model.Entity<NumberReputationRecord>(e =>
        {
            e.ToTable("number_reputation");
            e.HasKey(r => r.Number);
            e.Property(r => r.Number).ValueGeneratedNever();
            e.Property(r => r.TopCategory).HasMaxLength(32);
        });

        model.Entity<DailyRollup>(e =>
        {
            e.ToTable("daily_rollups");
            e.HasKey(r => new { r.Day, r.Channel, r.Category, r.Carrier, r.Province });
            e.Property(r => r.Channel).HasMaxLength(16);
            e.Property(r => r.Category).HasMaxLength(32);
            e.Property(r => r.Carrier).HasMaxLength(32);
            e.Property(r => r.Province).HasMaxLength(8);
        });

        model.Entity<Counter>(e =>
        {
            e.ToTable("counters");
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasMaxLength(64);
            e.Property(c => c.Value).IsConcurrencyToken();
        });
    }
}
