using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages.MyData;

/// <summary><c>/my-data/withdrawn</c>: the confirmation after a withdrawal; public, since the person was signed out by it.</summary>
internal sealed class WithdrawnModel : PageModel
{
    /// <summary>How many reports lost their reporter, as the withdrawal counted them.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Reports { get; set; }

    public void OnGet()
    {
    }
}
