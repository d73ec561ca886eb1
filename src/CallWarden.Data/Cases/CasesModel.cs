using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Cases;

/// <summary>Tables of cases, their report links, their audit trail and carrier actions.</summary>
internal static class CasesModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<CaseRecord>(e =>
        {
            e.ToTable("cases");

            // Intake takes ids from a counter, because the opening audit event names the case.
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.CarrierCode).HasMaxLength(32);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => new { c.Number, c.State });
            e.HasIndex(c => c.CalledNumber);
            e.HasIndex(c => c.State);
        });

        model.Entity<CaseReportLink>(e =>
        {
            e.ToTable("case_reports");
            e.HasKey(l => new { l.CaseId, l.ReportId });
            e.HasIndex(l => l.ReportId);
            e.HasOne(l => l.Report).WithMany().HasForeignKey(l => l.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<CaseAuditRecord>(e =>
        {
            e.ToTable("case_audit");
            e.Property(a => a.Actor).HasMaxLength(128);
            e.Property(a => a.Reason).HasMaxLength(1000);
            e.HasIndex(a => new { a.HolderCaseId, a.At });
        });

        model.Entity<CarrierActionRecord>(e =>
        {
            e.ToTable("carrier_actions");
            e.Property(a => a.CarrierCode).HasMaxLength(32);
            e.HasIndex(a => a.CaseId);
            e.HasIndex(a => new { a.EndPublished, a.Until });

            // The lookup (page and API) reads the actions in force on one number.
            e.HasIndex(a => a.Number);
        });
    }
}
