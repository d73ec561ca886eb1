using CallWarden.Core.Privacy;
using CallWarden.Data.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallWarden.Data.Privacy;

/// <summary>
/// The privacy services every area shares (issue #10): the notices (shipped, plus a deployment's folder),
/// the consent ledger, the person's rights and the sections of their data the store's own tables hold.
/// Another area adds its section with <see cref="AddPersonalDataSection{T}"/>.
/// </summary>
public static class PersonalDataServices
{
    public static IServiceCollection AddCallWardenPrivacy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<PrivacyOptions>(PrivacyOptions.Section, o => o.Validate());
        services.TryAddSingleton(sp => NoticeFolder.Load(PrivacyNotices.Shipped, sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.NoticeFolder));
        services.TryAddSingleton<ConsentLedger>();
        services.TryAddSingleton<PersonalData>();
        services.TryAddSingleton(sp => new RetentionSweep(
            sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(),
            RetentionFile.Read(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.RetentionFile).Policy!,
            sp.GetRequiredService<Evidence.EvidenceStore>()));
        services.AddPersonalDataSection<ContactSection>();
        services.AddPersonalDataSection<ReportsSection>();
        services.AddPersonalDataSection<RulesSection>();
        services.AddPersonalDataSection<DecisionsSection>();
        services.AddPersonalDataSection<ConsentsSection>();
        services.AddPersonalDataSection<MessagesSection>();
        services.AddPersonalDataSection<SignInSection>();
        return services;
    }

    /// <summary>Adds a section to every export and withdrawal (once, however many areas add it).</summary>
    public static IServiceCollection AddPersonalDataSection<T>(this IServiceCollection services)
        where T : class, IPersonalDataSection
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonalDataSection, T>());
        return services;
    }
}
