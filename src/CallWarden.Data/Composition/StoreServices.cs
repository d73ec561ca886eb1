using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Data.Operations;
using CallWarden.Data.Privacy;
using CallWarden.Core.Privacy;
using CallWarden.Data.Workflow;
using CallWarden.Data.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallWarden.Data.Composition;

/// <summary>
/// What every area that takes or handles reports shares, over the store the executable registered
/// (Data.Sqlite or Data.Postgres): the intake, the case workflow and its deadlines (section "Deadlines"), the evidence
/// folder and the per-reporter limit. Each area calls it; the first registration wins, so the web,
/// SMS and mail areas share one intake queue, one evidence store and one reporter counter.
/// </summary>
public static class StoreServices
{
    public static IServiceCollection AddCallWardenStoreServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<IntakeOptions>(IntakeOptions.Section, o => o.Validate());
        services.AddValidatedOptions<EvidenceOptions>(EvidenceOptions.Section, o => o.Validate());
        services.AddValidatedOptions<ReporterLimitsOptions>(ReporterLimitsOptions.Section, o => o.Validate());
        services.AddValidatedOptions<DeadlinePolicy>(DeadlinePolicy.Section, o => o.Validate());
        // The one CallWarden meter (issue #12 part 5); it records nothing until an exporter listens.
        services.AddMetrics();
        services.TryAddSingleton<CallWardenMetrics>();
        services.TryAddSingleton(sp => new ReportIntake(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<IntakeOptions>>().Value,
            metrics: sp.GetRequiredService<CallWardenMetrics>(),
            notice: sp.GetRequiredService<PrivacyNotices>().Current));
        services.TryAddSingleton(sp => new CaseWorkflow(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>()));
        // One set of deadlines, as configured under "Deadlines", for the overdue sweep, the desks, the
        // statistics, the monthly report (report-month too) and what the pages promise reporters.
        services.TryAddSingleton(sp => new CaseDeadlines(WorkingDayCalendar.China, sp.GetRequiredService<IOptions<DeadlinePolicy>>().Value));
        // One evidence folder for the form, the mail channel, the case page and the dossier.
        services.TryAddSingleton(sp => new EvidenceStore(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<IOptions<EvidenceOptions>>().Value.Folder));
        services.TryAddSingleton<ReporterLimits>();
        services.TryAddSingleton(sp => new RefusalRegistry(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new BusinessRegistry(sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddPersonalDataSection<RefusalsSection>();
        // The privacy notices, the consent ledger and the person's rights over every area's records (issue #10).
        services.AddCallWardenPrivacy();
        return services;
    }
}
