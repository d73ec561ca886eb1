using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Evidence;

internal static class EvidenceModel
{
    public static void Configure(ModelBuilder model) => model.Entity<EvidenceRecord>(e =>
    {
        e.ToTable("evidence");
        e.Property(r => r.ReportReference).HasMaxLength(20);
        e.Property(r => r.FileName).HasMaxLength(255);
        e.Property(r => r.DeclaredType).HasMaxLength(128);
        e.Property(r => r.DetectedType).HasMaxLength(128);
        e.Property(r => r.Sha256).HasMaxLength(64);
        e.HasOne<Reports.ReportRecord>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => r.ReportId);
        e.HasIndex(r => r.Sha256);
    });
}
