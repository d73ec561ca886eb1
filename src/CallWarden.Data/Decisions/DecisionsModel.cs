using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Decisions;

internal static class DecisionsModel
{
    public const int MaxReasonsLength = 1000;

    public static void Configure(ModelBuilder model) => model.Entity<DecisionLogEntry>(e =>
    {
        e.ToTable("decision_log");
        e.Property(d => d.DecisionId).HasMaxLength(64);
        e.Property(d => d.DecidingRule).HasMaxLength(32);
        e.Property(d => d.Label).HasMaxLength(128);
        e.Property(d => d.Reasons).HasMaxLength(MaxReasonsLength);
        e.HasIndex(d => new { d.Subscriber, d.At });
        e.HasIndex(d => d.DecisionId);
    });
}
