using System.Globalization;
using CallWarden.Core.Numbers;
using CallWarden.Web.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CallWarden.Web.Verification;

/// <summary>
/// The code step of a page that proves a phone: sends a code and reads the typed one back, and words
/// every refusal in the reader's language as what to do next. The pages keep the fields; this keeps the rules.
/// </summary>
internal sealed class PhoneCodeStep(PhoneVerification verification, IOptions<VerificationOptions> options, IStringLocalizer<CodeText> text)
{
    public async Task<CodeSending> SendAsync(PhoneNumber phone, string purpose, HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await verification.IssueAsync(phone, purpose, address, SiteLanguages.Current, http.RequestAborted);
        return result switch
        {
            IssueResult.Sent sent => new CodeSending(true, sent.Code, null),
            IssueResult.Refused { Reason: IssueRefusal.NotMobile } => new CodeSending(false, null, text["NotMobile"], AboutPhone: true),
            IssueResult.Refused { Reason: IssueRefusal.TooSoon } refused => new CodeSending(false, null, text["TooSoon", Seconds(refused.RetryAfter)]),
            IssueResult.Refused { Reason: IssueRefusal.TooManyForPhone } refused => new CodeSending(false, null, text["TooManyForPhone", Minutes(refused.RetryAfter)]),
            IssueResult.Refused refused => new CodeSending(false, null, text["TooManyFromAddress", Minutes(refused.RetryAfter)]),
            _ => throw new InvalidOperationException($"unknown issue result {result}"),
        };
    }

    /// <summary>
    /// Null when <paramref name="typed"/> proves <paramref name="phone"/>; else the message for the code field.
    /// <paramref name="codeSent"/>: the page sent a code, so an empty field means "type it", not "ask for one".
    /// </summary>
    public async Task<string?> VerifyAsync(PhoneNumber phone, string purpose, string? typed, bool codeSent, HttpContext http)
    {
        var code = TypedDigits.Ascii(typed);
        if (code.Length == 0)
        {
            return Missing(codeSent);
        }

        // A mistyped shape is not a guess at the code: it costs no attempt.
        if (code.Length != OneTimeCode.Digits || !code.All(char.IsAsciiDigit))
        {
            return text["CodeFormat"];
        }

        return await verification.VerifyAsync(phone, purpose, code, http.RequestAborted) switch
        {
            VerifyResult.Verified => (string?)null,
            VerifyResult.Wrong { AttemptsLeft: > 0 } wrong => text["Wrong", wrong.AttemptsLeft],
            VerifyResult.Wrong => text["WrongLast"],
            VerifyResult.Expired => text["Expired"],
            VerifyResult.TooManyAttempts => text["TooManyAttempts"],
            _ => text["NoCode"],
        };
    }

    /// <summary>The message for an empty code field: type the code, or first ask for one.</summary>
    public string Missing(bool codeSent) => codeSent ? text["CodeMissing"] : text["NoCode"];

    /// <summary>"We sent a code to 139****5678; it works for 10 minutes."</summary>
    public string SentTo(PhoneNumber phone) =>
        text["Sent", Core.Privacy.PhoneNumberMask.Mask(phone), ((int)Math.Ceiling(options.Value.CodeLifetime.TotalMinutes)).ToString(CultureInfo.InvariantCulture)];

    private static string Seconds(TimeSpan? wait) => ((int)Math.Ceiling((wait ?? TimeSpan.FromMinutes(1)).TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan? wait) => Math.Max(1, (int)Math.Ceiling((wait ?? TimeSpan.FromHours(1)).TotalMinutes)).ToString(CultureInfo.InvariantCulture);
}
