using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages.MyData;

/// <summary>
/// <c>/my-data</c>: every record held about the signed-in phone (issue #10 part 2) — contact details, reports,
/// screening settings, screened calls, consents — with the whole of it as a JSON download
/// (<c>?handler=Download</c>, audited), and the ways to correct and to withdraw. Only the phone's own data.
/// </summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class IndexModel(PersonalData data) : PageModel
{
    public MyDataSummary Summary { get; private set; } = null!;

    public bool Corrected { get; private set; }

    public string Phone => Subject.Identity;

    private DataSubject Subject => new(new PhoneNumber(PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in."), NumberKind.Mobile));

    public async Task OnGetAsync(bool corrected, CancellationToken cancellationToken)
    {
        Corrected = corrected;
        var export = await data.ExportAsync(Subject, IntakeChannel.Web, audited: false, cancellationToken);
        Summary = MyDataSummary.Of(export, await data.ContactAsync(Subject, cancellationToken));
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var export = await data.ExportAsync(Subject, IntakeChannel.Web, audited: true, cancellationToken);
        var day = export.ExportedAt.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return File(PersonalDataJson.Write(export), "application/json", $"callwarden-my-data-{day}.json");
    }
}
