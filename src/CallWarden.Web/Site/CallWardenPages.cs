using System.Text.Encodings.Web;
using System.Text.Unicode;
using CallWarden.Core.Cases;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Composition;
using CallWarden.Data.Stats;
using CallWarden.Web.Pages.Lookup;
using CallWarden.Web.Pages.MyReport;
using CallWarden.Web.Pages.Report;
using CallWarden.Web.Problems;
using CallWarden.Web.Reports;
using CallWarden.Web.Stats;
using CallWarden.Web.Stats.OpenData;
using CallWarden.Web.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace CallWarden.Web.Site;

/// <summary>
/// The pages' composition: Razor Pages compiled into this assembly, the three languages, the
/// stylesheet and vendored scripts under <c>/assets</c>; part of the web area
/// (<see cref="CallWardenWeb.AddCallWardenWeb"/>, <see cref="CallWardenWeb.MapCallWardenWeb"/>).
/// </summary>
public static class CallWardenPages
{
    internal static WebApplicationBuilder AddCallWardenPages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLocalization();
        // Chinese text is written as itself, not as &#x...; entities (a third of the bytes of a page).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddValidatedOptions<SmsGrammarOptions>(SmsGrammarOptions.SectionName, o => o.Validate());
        builder.Services.TryAddSingleton<LookupCache>();

        // The published statistics: figures kept in memory and rebuilt in the background, never read per request.
        builder.Services.AddValidatedOptions<StatisticsOptions>(StatisticsOptions.Section, o => o.Validate());
        builder.Services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StatisticsOptions>>().Value;
            return new PublicStatisticsFollower(
                sp.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CaseDeadlines>(),
                options.RebuildAtMostEvery, options.RebuildAtLeastEvery);
        });
        builder.Services.TryAddSingleton<PublishedStatistics>();
        builder.Services.AddHostedService<StatisticsFollowing>();
        builder.Services.AddValidatedOptions<ReportFormOptions>(ReportFormOptions.Section, o => o.Validate());

        // What the pages share: the code step, the report form's checks and filing, a report's progress.
        builder.Services.TryAddScoped<PhoneCodeStep>();
        builder.Services.TryAddScoped<ReportAnswersCheck>();
        builder.Services.TryAddScoped<ReportFiling>();
        builder.Services.TryAddScoped<ReportProgressReader>();
        builder.Services.AddRazorPages(o =>
            {
                // Every page states who may open it: a page whose model names a policy ([Authorize(Policy = …)])
                // requires it, every other page is public. Nothing is left to a default.
                o.Conventions.AddFolderApplicationModelConvention("/", page =>
                {
                    if (!page.HandlerTypeAttributes.OfType<IAuthorizeData>().Any())
                    {
                        page.EndpointMetadata.Add(new AllowAnonymousAttribute());
                    }
                });
            })
            .AddApplicationPart(typeof(CallWardenPages).Assembly)
            .AddViewLocalization();
        // The report form carries evidence files: its route has its own body limit (RequestBodyLimit honours it).
        builder.Services.AddOptions<RazorPagesOptions>().Configure<IOptions<ReportFormOptions>>((pages, form) =>
            pages.Conventions.AddPageApplicationModelConvention("/Report/Index", page => page.EndpointMetadata.Add(new BodySizeLimit(form.Value.MaxRequestBodyBytes))));
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SupportedCultures = SiteLanguages.All;
            o.SupportedUICultures = SiteLanguages.All;
            o.DefaultRequestCulture = new RequestCulture(SiteLanguages.Simplified);
            o.RequestCultureProviders = [new RequestLanguage()];
        });
        return builder;
    }

    internal static WebApplication MapCallWardenPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/assets",
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "assets")),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        // A phone signed in under an older privacy notice is asked again before its next page (issue #10 part 1).
        app.UseMiddleware<Access.NoticeGate>();
        app.MapLanguageSwitch();
        app.MapOpenData();
        app.MapRazorPages();
        return app;
    }
}
