using CallWarden.Core.Localization;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Admin;

/// <summary>
/// <c>/desk/admin/logins/{login}</c>: an administrator gives a login another role or carrier (the rule of
/// creation: a carrier exactly for a carrier operator), enables it again, and reads its changes. A change
/// ends the login's sessions at once; the administrator's own login is shown but not changed.
/// </summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class ChangeLoginModel(AccessAccounts accounts, LoginChanges logins, IStringLocalizer<AdminText> text) : PageModel
{
    public static readonly string[] FieldOrder = [nameof(Role), nameof(Carrier)];

    [BindProperty(SupportsGet = true)]
    public string Login { get; set; } = string.Empty;

    [BindProperty] public string? Role { get; set; }

    [BindProperty] public string? Carrier { get; set; }

    public UserAccount Account { get; private set; } = null!;

    public IReadOnlyList<AccountAuditRecord> History { get; private set; } = [];

    public DisplayLanguage Language { get; private set; }

    /// <summary>Why the login cannot be changed here (the administrator's own), or null.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        (Role, Carrier) = (Account.Role.ToRole(), Account.CarrierCode ?? string.Empty);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var problems = AccountRules.CheckAccess(Role, Carrier, out var access);
        foreach (var problem in problems.DistinctBy(p => p.Field))
        {
            ModelState.AddModelError(problem.Field == "role" ? nameof(Role) : nameof(Carrier), text["Problem_" + problem.Problem]);
        }

        if (access is not { } checkedAccess || Refusal is not null)
        {
            return Page();
        }

        var outcome = await logins.ChangeAccessAsync(Account.Login, checkedAccess.Role, checkedAccess.Carrier, Caller.From(User).Id, HttpContext.RequestAborted);
        return outcome switch
        {
            LoginChangeOutcome.NotFound => NotFound(),
            LoginChangeOutcome.OwnLogin => Page(),
            _ => RedirectToPage("Index", new { done = outcome == LoginChangeOutcome.Changed ? "changed" : "unchanged", who = Account.Login }),
        };
    }

    public string RoleName(AccessRole role) => AccessChoices.RoleName(text, role.ToRole());

    public string CarrierName(string? code) => AccessChoices.CarrierName(text, code, Language);

    public string Describe(string? access) => AccessChoices.Describe(text, access, Language);

    public IReadOnlyList<(string Value, string Text)> RoleChoices() => AccessChoices.RoleOptions(text);

    public IReadOnlyList<(string Value, string Text)> CarrierChoices() => AccessChoices.CarrierOptions(text, Language);

    private async Task<bool> LoadAsync()
    {
        Language = SiteLanguages.Current;
        if (await accounts.FindUserAsync(Login, HttpContext.RequestAborted) is not { } account)
        {
            return false;
        }

        Account = account;
        History = await logins.HistoryAsync(account.Login, HttpContext.RequestAborted);
        if (string.Equals(AccessAccounts.Subject(account.Login), Caller.From(User).Id, StringComparison.OrdinalIgnoreCase))
        {
            Refusal = text["NotYourselfChange"];
        }

        return true;
    }
}
