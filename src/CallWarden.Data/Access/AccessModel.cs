using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Access;

internal static class AccessModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<UserAccount>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.Login).HasMaxLength(64);
            e.HasIndex(u => u.Login);
            e.Property(u => u.LoginKey).HasMaxLength(64);
            e.HasIndex(u => u.LoginKey).IsUnique();
            e.Property(u => u.PasswordHash).HasMaxLength(256);
            e.Property(u => u.CarrierCode).HasMaxLength(32);
        });

        model.Entity<AccountAuditRecord>(e =>
        {
            e.ToTable("account_audit");
            e.Property(a => a.Login).HasMaxLength(64);
            e.Property(a => a.LoginKey).HasMaxLength(64);
            e.HasIndex(a => a.LoginKey);
            e.Property(a => a.Actor).HasMaxLength(96);
            e.Property(a => a.From).HasMaxLength(64);
            e.Property(a => a.To).HasMaxLength(64);
        });

        model.Entity<LoginFailures>(e =>
        {
            e.ToTable("login_failures");
            e.HasKey(f => f.LoginKey);
            e.Property(f => f.LoginKey).HasMaxLength(64);
            e.HasIndex(f => f.LastFailureAt);
        });

        model.Entity<SessionRecord>(e =>
        {
            e.ToTable("sessions");
            e.Property(s => s.TokenHash).HasMaxLength(32);
            e.HasIndex(s => s.TokenHash).IsUnique();
            e.Property(s => s.Subject).HasMaxLength(96);
            e.HasIndex(s => s.Subject);
            e.Property(s => s.EndReason).HasMaxLength(32);
        });

        model.Entity<StoredKey>(e =>
        {
            e.ToTable("data_protection_keys");
            e.Property(k => k.FriendlyName).HasMaxLength(128);
            e.Property(k => k.Xml).HasMaxLength(8000);
        });

        model.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.Property(k => k.Name).HasMaxLength(128);
            e.Property(k => k.SecretHash).HasMaxLength(32);
            e.HasIndex(k => k.SecretHash).IsUnique();
            e.Property(k => k.Scopes).HasMaxLength(512);
            e.Property(k => k.CarrierCode).HasMaxLength(32);
        });
    }
}
