using CallWarden.Core.Numbers;
using CallWarden.Web.Access;
using CallWarden.Web.Site;
using CallWarden.Web.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Pages.SignIn;

/// <summary>
/// <c>/sign-in?returnUrl=/path</c>: a mobile number, a code texted to it, and the person is signed in
/// as that phone and sent back to the page that asked (only a path on this site; else My protection).
/// </summary>
internal sealed class IndexModel(PhoneVerification verification, IOptions<VerificationOptions> options, IStringLocalizer<SignInText> text) : PageModel
{
    public const string AfterSignIn = "/protection";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The second step: a code was sent (or asked for) and is to be typed.</summary>
    public bool CodeStep { get; private set; }

    /// <summary>The code itself, only in a demonstration without an SMS gateway.</summary>
    public string? DemoCode { get; private set; }

    /// <summary>The phone the code went to, as E.164.</summary>
    public string PhoneShown { get; private set; } = string.Empty;

    public int CodeMinutes => (int)Math.Ceiling(options.Value.CodeLifetime.TotalMinutes);

    /// <summary>Where to go back to: the asking page when it is on this site.</summary>
    public string Target => LocalPaths.IsLocal(ReturnUrl) ? ReturnUrl : AfterSignIn;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) => SendAsync(nameof(Phone), cancellationToken);

    public Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken) => SendAsync(nameof(Code), cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (ReadPhone() is not { } phone)
        {
            return Page();
        }

        CodeStep = true;
        var code = CodeInput.Read(Code);
        Code = null;
        if (code.Length == 0 || !CodeInput.IsWellFormed(code))
        {
            ModelState.AddModelError(nameof(Code), text[code.Length == 0 ? "CodeMissing" : "CodeFormat"]);
            return Page();
        }

        var result = await verification.VerifyAsync(phone, VerificationPurposes.Protection, code, cancellationToken);
        if (result is VerifyResult.Verified)
        {
            await PhoneSignIn.SignInAsync(HttpContext, phone);
            return LocalRedirect(Target);
        }

        ModelState.AddModelError(nameof(Code), result switch
        {
            VerifyResult.Wrong { AttemptsLeft: > 0 } wrong => text["CodeWrong", wrong.AttemptsLeft],
            VerifyResult.Wrong => text["CodeWrongLast"],
            VerifyResult.Expired => text["CodeExpired"],
            VerifyResult.TooManyAttempts => text["CodeTooManyAttempts"],
            _ => text["NoCode"],
        });
        return Page();
    }

    /// <summary>Sends a code; a refusal is shown beside <paramref name="field"/> (the number on the first step, the code on the second).</summary>
    private async Task<IActionResult> SendAsync(string field, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Code = null;
        if (ReadPhone() is not { } phone)
        {
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await verification.IssueAsync(phone, VerificationPurposes.Protection, address, SiteLanguages.Current, cancellationToken);
        if (result is IssueResult.Sent sent)
        {
            CodeStep = true;
            DemoCode = sent.Code;
            return Page();
        }

        var refused = (IssueResult.Refused)result;
        // A code sent moments ago is still good: the person is taken to where they type it.
        CodeStep = field == nameof(Code) || refused.Reason == IssueRefusal.TooSoon;
        var seconds = (int)Math.Ceiling((refused.RetryAfter ?? TimeSpan.Zero).TotalSeconds);
        var minutes = (int)Math.Ceiling((refused.RetryAfter ?? TimeSpan.Zero).TotalMinutes);
        ModelState.AddModelError(CodeStep ? nameof(Code) : nameof(Phone), refused.Reason switch
        {
            IssueRefusal.NotMobile => text["NotMobile", PhoneShown],
            IssueRefusal.TooSoon => text["TooSoon", Math.Max(1, seconds)],
            IssueRefusal.TooManyForPhone => text["TooManyForPhone", Math.Max(1, minutes)],
            _ => text["TooManyFromAddress", Math.Max(1, minutes)],
        });
        return Page();
    }

    /// <summary>The typed number, or null with the message beside the number field (and back to the first step).</summary>
    private PhoneNumber? ReadPhone()
    {
        var typed = Phone?.Trim();
        var phone = string.IsNullOrEmpty(typed) || typed.Length > 64 ? PhoneNumber.Invalid : PhoneNumberNormalizer.Default.Normalize(typed);
        if (!phone.IsValid)
        {
            CodeStep = false;
            ModelState.AddModelError(nameof(Phone), text[string.IsNullOrEmpty(typed) ? "PhoneMissing" : "PhoneInvalid"]);
            return null;
        }

        PhoneShown = phone.ToE164String();
        return phone;
    }
}
