using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Feed;

internal static class FeedModel
{
    public static void Configure(ModelBuilder model) => model.Entity<ChangeRecord>(e =>
    {
        e.ToTable("change_feed");
        e.HasKey(c => c.Sequence);
        e.Property(c => c.Sequence).ValueGeneratedOnAdd();
        e.Property(c => c.Payload).HasMaxLength(512);
        e.HasIndex(c => c.Number);
    });
}
