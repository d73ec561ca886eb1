namespace CallWarden.Web.Verification;

/// <summary>The messages of the code step every page that proves a phone shares, in <c>CodeText.resx</c> and its translations.</summary>
internal sealed class CodeText;
