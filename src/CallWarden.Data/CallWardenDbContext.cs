using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reputation;
using CallWarden.Core.Screening;
using CallWarden.Data.Access;
using CallWarden.Data.Cases;
using CallWarden.Data.Decisions;
using CallWarden.Data.Evidence;
using CallWarden.Data.Feed;
using CallWarden.Data.Intake;
using CallWarden.Data.Outbox;
using CallWarden.Data.Registry;
using CallWarden.Data.Privacy;
using CallWarden.Data.Reports;
using CallWarden.Data.Reputation;
using CallWarden.Data.Rules;
using CallWarden.Data.Stats;
using CallWarden.Data.Storage;
using CallWarden.Data.Verification;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data;

/// <summary>
/// The one model of the store. Each provider has its own migrations assembly
/// (CallWarden.Data.Sqlite, CallWarden.Data.Postgres); the model is the same for both.
/// </summary>
public sealed class CallWardenDbContext(DbContextOptions<CallWardenDbContext> options) : DbContext(options)
{
    public DbSet<Reporter> Reporters => Set<Reporter>();

    public DbSet<ReportRecord> Reports => Set<ReportRecord>();

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<CaseReportLink> CaseReports => Set<CaseReportLink>();

    public DbSet<CaseAuditRecord> CaseAudit => Set<CaseAuditRecord>();

    public DbSet<CarrierActionRecord> CarrierActions => Set<CarrierActionRecord>();

    public DbSet<NumberReputationRecord> Reputations => Set<NumberReputationRecord>();

    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<DailyRollup> Rollups => Set<DailyRollup>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<SessionRecord> Sessions => Set<SessionRecord>();

    public DbSet<AccountAuditRecord> AccountAudit => Set<AccountAuditRecord>();

    public DbSet<LoginFailures> LoginFailures => Set<LoginFailures>();

    public DbSet<StoredKey> DataProtectionKeys => Set<StoredKey>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<SubscriberRuleSet> SubscriberRules => Set<SubscriberRuleSet>();

    public DbSet<DecisionLogEntry> DecisionLog => Set<DecisionLogEntry>();

    public DbSet<EvidenceRecord> Evidence => Set<EvidenceRecord>();

    public DbSet<PhoneChallenge> PhoneChallenges => Set<PhoneChallenge>();

    public DbSet<RefusalRecord> Refusals => Set<RefusalRecord>();

    public DbSet<BusinessRecord> Businesses => Set<BusinessRecord>();

    public DbSet<BusinessLineRecord> BusinessLines => Set<BusinessLineRecord>();

    public DbSet<MarketingComplaint> MarketingComplaints => Set<MarketingComplaint>();

    public DbSet<ScrubRecord> Scrubs => Set<ScrubRecord>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    public DbSet<PrivacyAuditRecord> PrivacyAudit => Set<PrivacyAuditRecord>();

    internal bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    internal bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are instants in UTC. SQLite has no instant type and cannot order DateTimeOffset
        // text with mixed offsets, so it stores UTC ticks; PostgreSQL stores timestamptz.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        }

        // Enums are stored by name, so that a row reads the same in any tool and reordering an enum breaks nothing.
        Names<CaseState>();
        Names<CaseAction>();
        Names<ActorRole>();
        Names<CarrierActionKind>();
        Names<ReputationState>();
        Names<EvidenceKind>();
        Names<IntakeChannel>();
        Names<ChangeKind>();
        Names<OutboxChannel>();
        Names<AccessRole>();
        Names<AccountChange>();
        Names<Disposition>();
        Names<BusinessState>();
        Names<Core.Registry.BusinessLineKind>();
        Names<ConsentPurpose>();
        Names<PrivacyAction>();
        configurationBuilder.Properties<NumberKind>().HaveConversion<byte>();

        void Names<T>()
            where T : struct, Enum =>
            configurationBuilder.Properties<T>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ReportsModel.Configure(modelBuilder);
        CasesModel.Configure(modelBuilder);
        FeedModel.Configure(modelBuilder);
        OutboxModel.Configure(modelBuilder);
        AccessModel.Configure(modelBuilder);
        RulesModel.Configure(modelBuilder);
        DecisionsModel.Configure(modelBuilder);
        EvidenceModel.Configure(modelBuilder);
        VerificationModel.Configure(modelBuilder);
        RegistryModel.Configure(modelBuilder);
        PrivacyModel.Configure(modelBuilder);
    }
}
