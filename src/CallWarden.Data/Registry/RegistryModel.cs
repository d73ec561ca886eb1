using CallWarden.Core.Registry;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Registry;

internal static class RegistryModel
{
    public const int NameLength = 100;
    public const int ContactLength = 100;
    public const int EvidenceLength = 1000;

    public static void Configure(ModelBuilder model)
    {
        model.Entity<RefusalRecord>(e =>
        {
            e.ToTable("refusals");
            e.HasKey(r => r.Subscriber);
            e.Property(r => r.Subscriber).ValueGeneratedNever();
            e.Property(r => r.Categories).HasConversion<byte>();
            e.Property(r => r.Channel).HasMaxLength(16);
            e.Property(r => r.ChangedBy).HasMaxLength(64);
            e.Property(r => r.Version).IsConcurrencyToken();
        });

        model.Entity<BusinessRecord>(e =>
        {
            e.ToTable("businesses");
            e.HasKey(b => b.Id);
            e.Property(b => b.Name).HasMaxLength(NameLength);
            e.Property(b => b.NameTraditional).HasMaxLength(NameLength);
            e.Property(b => b.NameEnglish).HasMaxLength(NameLength);
            e.Property(b => b.Licence).HasMaxLength(UnifiedSocialCreditCode.Length);
            e.Property(b => b.ContactName).HasMaxLength(ContactLength);
            e.Property(b => b.ContactEmail).HasMaxLength(ContactLength);
            e.Property(b => b.AppliedThrough).HasMaxLength(64);
            e.Property(b => b.Language).HasMaxLength(8);
            e.Property(b => b.DecidedBy).HasMaxLength(96);
            e.Property(b => b.DecisionNote).HasMaxLength(500);
            e.HasIndex(b => b.State);
            e.HasIndex(b => b.Licence);
            e.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BusinessId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<BusinessLineRecord>(e =>
        {
            e.ToTable("business_lines");
            e.HasKey(l => l.Id);
            e.Property(l => l.Categories).HasConversion<byte>();
            e.HasIndex(l => l.Number);
        });

        model.Entity<MarketingComplaint>(e =>
        {
            e.ToTable("marketing_complaints");
            e.HasKey(c => c.Id);
            e.Property(c => c.DecisionId).HasMaxLength(64);
            e.Property(c => c.Evidence).HasMaxLength(EvidenceLength);
            e.HasIndex(c => new { c.BusinessId, c.At });
            e.HasIndex(c => c.At);
        });

        model.Entity<ScrubRecord>(e =>
        {
            e.ToTable("scrubs");
            e.HasKey(s => s.Id);
            e.Property(s => s.Through).HasMaxLength(64);
            e.HasIndex(s => new { s.BusinessId, s.At });
        });
    }
}
