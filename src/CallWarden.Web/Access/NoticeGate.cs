using CallWarden.Data.Privacy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CallWarden.Web.Access;

/// <summary>
/// When the privacy notice changed since a phone signed in, its next page asks again (issue #10 part 1):
/// every page but the notice's own, signing out and the status pages sends it to <c>/privacy/accept</c>
/// and back. The API is not asked (it answers machines and scripts; the person's consent is the web's).
/// </summary>
internal sealed class NoticeGate(RequestDelegate next, ConsentLedger ledger)
{
    public const string AcceptPath = "/privacy/accept";

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) || CallWardenWeb.IsApi(request) || !IsPhoneSession(http)
            || PhoneSignIn.AgreedNotice(http) == ledger.Notices.Current || Exempt(request.Path))
        {
            return next(http);
        }

        http.Response.Redirect(QueryHelpers.AddQueryString(AcceptPath, "returnUrl", request.PathBase + request.Path + request.QueryString));
        return Task.CompletedTask;
    }

    /// <summary>A person signed in by proving a phone (<c>/sign-in</c>); a login that carries a phone agreed with its account.</summary>
    private static bool IsPhoneSession(HttpContext http) =>
        PhoneSignIn.Phone(http) is not null && Caller.From(http.User).Id.StartsWith("phone:", StringComparison.Ordinal);

    /// <summary>The notice's own pages, signing out, and what is no page (a file such as <c>/statistics.csv</c>, the OpenAPI document).</summary>
    private static bool Exempt(PathString path) =>
        Path.HasExtension(path.Value) ||
        path.StartsWithSegments("/privacy", StringComparison.Ordinal) || path.StartsWithSegments("/sign-out", StringComparison.Ordinal)
        || path.StartsWithSegments("/assets", StringComparison.Ordinal) || path.StartsWithSegments("/language", StringComparison.Ordinal)
        || path.StartsWithSegments("/status", StringComparison.Ordinal) || path.StartsWithSegments("/my-data/withdrawn", StringComparison.Ordinal);
}
