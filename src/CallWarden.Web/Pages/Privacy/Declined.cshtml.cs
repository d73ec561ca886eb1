using CallWarden.Core.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.Privacy;

/// <summary><c>/privacy/declined</c>: what declining the new notice meant, and how to have one's data removed without agreeing.</summary>
internal sealed class DeclinedModel(IOptions<SmsGrammarOptions> sms) : PageModel
{
    public string ServiceNumber => NoticePage.ServiceNumber(sms);

    public void OnGet()
    {
    }
}
