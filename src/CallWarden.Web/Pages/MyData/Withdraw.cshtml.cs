using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages.MyData;

/// <summary>
/// <c>/my-data/withdraw</c>: what withdrawing does, then the withdrawal itself (<see cref="PersonalData.WithdrawAsync"/>):
/// the phone's identity leaves its reports, its rules, decisions, consents and sessions go, a confirmation is texted,
/// and the person is signed out onto <c>/my-data/withdrawn</c>.
/// </summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class WithdrawModel(PersonalData data) : PageModel
{
    public int Reports { get; private set; }

    private DataSubject Subject => new(new PhoneNumber(PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in."), NumberKind.Mobile));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var export = await data.ExportAsync(Subject, IntakeChannel.Web, audited: false, cancellationToken);
        Reports = PersonalDataJson.Tree(export).GetProperty("sections").GetProperty("reports").GetArrayLength();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await data.WithdrawAsync(Subject, IntakeChannel.Web, SiteLanguages.Current, null, cancellationToken);
        await SessionSignIn.SignOutAsync(HttpContext);
        return RedirectToPage("Withdrawn", new { reports = outcome.Removed.GetValueOrDefault("reports") });
    }
}
