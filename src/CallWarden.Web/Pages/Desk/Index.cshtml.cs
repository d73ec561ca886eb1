using CallWarden.Web.Access;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk;

/// <summary><c>/desk</c>: who is signed in and the desk sections their role opens.</summary>
[Authorize(Policy = Policies.Desk)]
internal sealed class IndexModel(IStringLocalizer<DeskText> text) : PageModel
{
    public string RoleName { get; private set; } = string.Empty;

    public IReadOnlyList<(string Text, string Path)> Sections { get; private set; } = [];

    public void OnGet()
    {
        var caller = Caller.From(User);
        RoleName = DeskHome.RoleName(caller, text, SiteLanguages.Current);
        Sections = DeskHome.Sections(caller);
    }
}
