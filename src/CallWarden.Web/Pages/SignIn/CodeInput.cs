namespace CallWarden.Web.Pages.SignIn;

/// <summary>A code as a person typed it, made into what <c>PhoneVerification</c> reads: full-width digits (１２３) as ASCII, no spaces.</summary>
internal static class CodeInput
{
    /// <summary>Longer input is not read: a code is six digits, and a pasted SMS is not a code.</summary>
    private const int LongestInput = 32;

    public static string Read(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > LongestInput)
        {
            return typed?.Trim() ?? string.Empty;
        }

        return string.Concat(typed.Where(c => !char.IsWhiteSpace(c)).Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));
    }

    public static bool IsWellFormed(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
