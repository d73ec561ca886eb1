using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages.Business;

/// <summary><c>/business/applied/{id}</c>: the application's number and what happens next; it tells nothing about the application itself.</summary>
internal sealed class AppliedModel : PageModel
{
    public int Id { get; private set; }

    public void OnGet(int id) => Id = id;
}
