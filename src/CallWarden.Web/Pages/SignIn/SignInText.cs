namespace CallWarden.Web.Pages.SignIn;

/// <summary>The sign-in and sign-out pages' texts (<c>SignInText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class SignInText;
