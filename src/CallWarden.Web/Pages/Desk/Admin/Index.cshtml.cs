using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Admin;

/// <summary>
/// <c>/desk/admin</c>: administrators list, create, disable and enable again logins (a disabled login's
/// sessions end at once; its role and carrier change on <c>/desk/admin/logins/{login}</c>) and list, create and revoke API keys (a new key's secret is shown on this answer only).
/// Every check is <see cref="AccountRules"/>', the same the API applies.
/// </summary>
[Authorize(Policy = Policies.Administration)]
internal sealed class IndexModel(AccessAccounts accounts, LoginChanges logins, ApiKeyCache verifiedKeys, IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>The form fields of each rule-set field, for the messages beside them.</summary>
    private static readonly Dictionary<string, string> UserFields = new(StringComparer.Ordinal)
    {
        ["login"] = nameof(Login), ["password"] = nameof(Password), ["role"] = nameof(Role), ["carrier"] = nameof(Carrier), ["phone"] = nameof(Phone),
    };

    private static readonly Dictionary<string, string> KeyFields = new(StringComparer.Ordinal)
    {
        ["name"] = nameof(KeyName), ["role"] = nameof(KeyRole), ["carrier"] = nameof(KeyCarrier), ["scopes"] = nameof(KeyScopes),
    };

    [BindProperty] public string? Login { get; set; }

    [BindProperty] public string? Password { get; set; }

    [BindProperty] public string? Role { get; set; }

    [BindProperty] public string? Carrier { get; set; }

    [BindProperty] public string? Phone { get; set; }

    [BindProperty] public string? KeyName { get; set; }

    [BindProperty] public string? KeyRole { get; set; }

    [BindProperty] public string? KeyCarrier { get; set; }

    [BindProperty] public List<string> KeyScopes { get; set; } = [];

    /// <summary>What the last action did, after its redirect: <c>created</c>, <c>disabled</c>, <c>enabled</c>, <c>changed</c>, <c>unchanged</c>, <c>revoked</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "who")]
    public string? Who { get; set; }

    public DisplayLanguage Language { get; private set; }

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public int UserTotal { get; private set; }

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    public int KeyTotal { get; private set; }

    /// <summary>The key just created, shown this once: (name, secret).</summary>
    public (string Name, string Secret)? NewKey { get; private set; }

    /// <summary>A refusal about a row of the lists (not a form field).</summary>
    public string? Refusal { get; private set; }

    public string? Notice => Done switch
    {
        "created" when Who is not null => text["UserCreated", Who].Value,
        "disabled" when Who is not null => text["UserDisabled", Who].Value,
        "enabled" when Who is not null => text["UserEnabled", Who].Value,
        "changed" when Who is not null => text["UserChanged", Who].Value,
        "unchanged" when Who is not null => text["UserUnchanged", Who].Value,
        "revoked" when Who is not null => text["KeyRevoked", Who].Value,
        _ => null,
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateUserAsync()
    {
        Password = Password is { Length: 0 } ? null : Password;
        var password = Password;
        Password = null;
        var problems = AccountRules.CheckUser(Login, password, Role, Carrier, Phone, out var user);
        if (user is not null && await accounts.TryCreateUserAsync(user.Name, user.Password, user.Role, user.Carrier, user.Phone, HttpContext.RequestAborted) is null)
        {
            problems = [new AccountError("login", AccountProblem.LoginTaken)];
        }

        if (problems.Count > 0)
        {
            Add(problems, UserFields);
            ViewData["FieldOrder"] = new[] { nameof(Login), nameof(Password), nameof(Role), nameof(Carrier), nameof(Phone) };
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done = "created", who = user!.Name });
    }

    public Task<IActionResult> OnPostDisableAsync(string? login) => ChangeAsync(login, "disabled", logins.DisableAsync);

    public Task<IActionResult> OnPostEnableAsync(string? login) => ChangeAsync(login, "enabled", logins.EnableAsync);

    public async Task<IActionResult> OnPostCreateKeyAsync()
    {
        var problems = AccountRules.CheckKey(KeyName, KeyRole, KeyScopes, KeyCarrier, out var key);
        if (problems.Count > 0 || key is null)
        {
            Add(problems, KeyFields);
            ViewData["FieldOrder"] = new[] { nameof(KeyName), nameof(KeyRole), nameof(KeyCarrier), nameof(KeyScopes) };
            await LoadAsync();
            return Page();
        }

        var (_, secret) = await accounts.CreateKeyAsync(key.Name, key.Role, key.Scopes, key.Carrier, cancellationToken: HttpContext.RequestAborted);
        NewKey = (key.Name, secret);
        (KeyName, KeyRole, KeyCarrier, KeyScopes) = (null, null, null, []);

        // The secret is on this answer only: no cache, no copy kept by a proxy or the back button.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        var name = (await accounts.ListKeysAsync(HttpContext.RequestAborted)).Keys.FirstOrDefault(k => k.Id == id)?.Name;
        if (!await accounts.RevokeKeyAsync(id, HttpContext.RequestAborted))
        {
            Refusal = text["NoSuchKey"];
            await LoadAsync();
            return Page();
        }

        verifiedKeys.Clear();
        return RedirectToPage(new { done = "revoked", who = name ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public string RoleName(AccessRole role) => AccessChoices.RoleName(text, role.ToRole());

    public string CarrierName(string? code) => AccessChoices.CarrierName(text, code, Language);

    public IReadOnlyList<(string Value, string Text)> RoleChoices() => AccessChoices.RoleOptions(text);

    public IReadOnlyList<(string Value, string Text)> CarrierChoices() => AccessChoices.CarrierOptions(text, Language);

    /// <summary>The login the administrator is signed in with (no button to disable or change it).</summary>
    public bool IsSelf(string login) => string.Equals(AccessAccounts.Subject(login.Trim()), Caller.From(User).Id, StringComparison.OrdinalIgnoreCase);

    /// <summary>Disables or enables a login from its row; the administrator's own login is refused (no lock-out).</summary>
    private async Task<IActionResult> ChangeAsync(string? login, string done, Func<string, string, CancellationToken, Task<LoginChangeOutcome>> change)
    {
        var outcome = string.IsNullOrWhiteSpace(login) ? LoginChangeOutcome.NotFound : await change(login, Caller.From(User).Id, HttpContext.RequestAborted);
        if (outcome is LoginChangeOutcome.NotFound or LoginChangeOutcome.OwnLogin)
        {
            Refusal = text[outcome == LoginChangeOutcome.OwnLogin ? "NotYourself" : "NoSuchUser"];
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { done, who = login!.Trim() });
    }

    private void Add(IEnumerable<AccountError> problems, Dictionary<string, string> fields)
    {
        foreach (var problem in problems.DistinctBy(p => p.Field))
        {
            ModelState.AddModelError(fields[problem.Field], problem.Problem switch
            {
                AccountProblem.LoginTooLong => text["Problem_LoginTooLong", AccountRules.MaxLoginLength],
                AccountProblem.LoginTaken => text["Problem_LoginTaken", Login?.Trim() ?? string.Empty],
                AccountProblem.PasswordTooShort => text["Problem_PasswordTooShort", AccountRules.MinPasswordLength],
                AccountProblem.PasswordTooLong => text["Problem_PasswordTooLong", AccountRules.MaxPasswordLength],
                AccountProblem.NameTooLong => text["Problem_NameTooLong", AccountRules.MaxKeyNameLength],
                var other => text["Problem_" + other],
            });
        }
    }

    private async Task LoadAsync()
    {
        Language = SiteLanguages.Current;
        (Users, UserTotal) = await accounts.ListUsersAsync(HttpContext.RequestAborted);
        (Keys, KeyTotal) = await accounts.ListKeysAsync(HttpContext.RequestAborted);
    }
}
