using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Verification;

internal static class VerificationModel
{
    public static void Configure(ModelBuilder model) => model.Entity<PhoneChallenge>(e =>
    {
        e.ToTable("phone_challenges");
        e.Property(c => c.Purpose).HasMaxLength(PhoneChallenge.PurposeLength);
        e.Property(c => c.Salt).HasMaxLength(PhoneChallenge.SaltLength);
        e.Property(c => c.CodeHash).HasMaxLength(PhoneChallenge.HashLength);
        e.Property(c => c.ClientAddress).HasMaxLength(PhoneChallenge.ClientAddressLength);

        // The newest challenge of a phone (and purpose), and the codes a phone or an address asked for in the last hour.
        e.HasIndex(c => new { c.Phone, c.Purpose, c.CreatedAt });
        e.HasIndex(c => new { c.ClientAddress, c.CreatedAt });
    });
}
