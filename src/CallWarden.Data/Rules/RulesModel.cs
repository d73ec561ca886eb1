using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Rules;

internal static class RulesModel
{
    public static void Configure(ModelBuilder model) => model.Entity<SubscriberRuleSet>(e =>
    {
        e.ToTable("subscriber_rules");
        e.HasKey(r => r.Subscriber);
        e.Property(r => r.Subscriber).ValueGeneratedNever();
        e.Property(r => r.Version).IsConcurrencyToken();
    });
}
