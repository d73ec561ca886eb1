using CallWarden.Core.Localization;

namespace CallWarden.Web.Verification;

/// <summary>The SMS that carries a code, in each language: short enough for one message, and a warning not to pass the code on.</summary>
internal static class VerificationTexts
{
    public static string CodeMessage(string code, int minutes, DisplayLanguage language) => language switch
    {
        DisplayLanguage.ZhHant => $"【CallWarden】您的驗證碼是 {code}，{minutes} 分鐘內有效。請勿告訴任何人。",
        DisplayLanguage.En => $"CallWarden: your verification code is {code}, valid for {minutes} minutes. Do not tell it to anyone.",
        _ => $"【CallWarden】您的验证码是 {code}，{minutes} 分钟内有效。请勿告诉任何人。",
    };
}
