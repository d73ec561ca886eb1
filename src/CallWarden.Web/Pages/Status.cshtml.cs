using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CallWarden.Web.Pages;

/// <summary>
/// <c>/status/{code}</c>: what a page answers when it cannot show itself (not found, not allowed,
/// too many attempts, an error), in the reader's language; the status code itself is kept.
/// </summary>
[IgnoreAntiforgeryToken] // a form posted to a page that is gone is answered here, as a POST
internal sealed class StatusModel : PageModel
{
    /// <summary>The text keys for the heading and the explanation.</summary>
    public (string Title, string Text) Texts { get; private set; } = ("ErrorTitle", "ErrorText");

    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        Texts = code switch
        {
            StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed => ("NotFoundTitle", "NotFoundText"),
            StatusCodes.Status403Forbidden => ("ForbiddenTitle", "ForbiddenText"),
            StatusCodes.Status429TooManyRequests => ("TooManyTitle", "TooManyText"),
            _ => ("ErrorTitle", "ErrorText"),
        };
    }
}
