using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.MyData;

/// <summary>
/// <c>/my-data/contact</c>: the signed-in phone corrects the contact details stored about it (PIPL art. 46):
/// name, email address, the language of its messages (<see cref="PersonalData.CorrectAsync"/>).
/// </summary>
[Authorize(Policy = Policies.PhoneSignedIn)]
internal sealed class ContactModel(PersonalData data, IStringLocalizer<MyDataText> text) : PageModel
{
    public static readonly DisplayLanguage[] Languages = [DisplayLanguage.ZhHans, DisplayLanguage.ZhHant, DisplayLanguage.En];

    [BindProperty]
    public ContactForm Input { get; set; } = new();

    private DataSubject Subject => new(new PhoneNumber(PhoneSignIn.Phone(HttpContext) ?? throw new InvalidOperationException("The page's policy lets only a person with a proven phone in."), NumberKind.Mobile));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var contact = await data.ContactAsync(Subject, cancellationToken);
        Input = new ContactForm { Name = contact.Name, Email = contact.Email, Language = (contact.Language ?? SiteLanguages.Current).Tag() };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var language = Languages.FirstOrDefault(l => l.Tag() == Input.Language, SiteLanguages.Current);
        var correction = new ContactCorrection(Input.Name?.Trim(), Input.Email?.Trim(), language);
        foreach (var problem in correction.Problems())
        {
            ModelState.AddModelError(problem == "name" ? "Input.Name" : "Input.Email", text[problem == "name" ? "NameTooLong" : "EmailInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await data.CorrectAsync(Subject, correction, IntakeChannel.Web, cancellationToken);
        return RedirectToPage("Index", new { corrected = true });
    }
}
