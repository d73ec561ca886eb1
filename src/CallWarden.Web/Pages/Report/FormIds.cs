namespace CallWarden.Web.Pages.Report;

/// <summary>The server's id of one filled-in form: 32 hex digits, the idempotency key of the report it files.</summary>
internal static class FormIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
