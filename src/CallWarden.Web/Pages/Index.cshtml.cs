using System.Globalization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages;

/// <summary>The home page: what CallWarden does, every way to report, the lookup box.</summary>
internal sealed class IndexModel(IOptions<WebOptions> web, IOptions<SmsGrammarOptions> grammar, TimeProvider time, IStringLocalizer<HomeText> text) : PageModel
{
    /// <summary>The carriers' report numbers this deployment reads, with the carrier's name in the reader's language.</summary>
    public IReadOnlyList<(string Service, string Name)> CarrierDesks { get; private set; } = [];

    public string? ReportMailbox => web.Value.ReportMailbox;

    /// <summary>Yesterday 14:30 China time, as the 12321 example writes it.</summary>
    public string ExampleTime { get; private set; } = string.Empty;

    public string ExampleReason => text["ExampleReason"];

    public void OnGet()
    {
        var language = SiteLanguages.Current;
        CarrierDesks = [.. grammar.Value.ServiceNumbers
            .Where(s => s.Value == SmsGrammar.NumberAndReasonOrContent)
            .Select(s => (s.Key, CarrierHotlines.Of(s.Key).DisplayName(language) ?? string.Empty))
            .OrderBy(s => s.Key, StringComparer.Ordinal)];
        var yesterday = ChinaTime.DateOf(time.GetUtcNow()).AddDays(-1);
        ExampleTime = yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 14:30";
    }
}
