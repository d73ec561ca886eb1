using CallWarden.Core.Privacy;
using CallWarden.Core.Reports;
using CallWarden.Data.Privacy;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Privacy;

/// <summary><c>/privacy</c>: the privacy notice in force in the reader's language (<c>?version=</c> an earlier one), and every version.</summary>
internal sealed class IndexModel(PrivacyNotices notices, IOptions<SmsGrammarOptions> sms, IOptions<PrivacyOptions> privacy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    public NoticeText Notice { get; private set; } = null!;

    public string Current => notices.Current;

    public IReadOnlyList<string> Versions => notices.Versions;

    public string ServiceNumber => NoticePage.ServiceNumber(sms);

    public int ConfirmMinutes => (int)privacy.Value.ConfirmWithin.TotalMinutes;

    public void OnGet() => Notice = NoticePage.Of(notices, Version, SiteLanguages.Current);
}
