using System.Security.Cryptography;
using System.Text;

namespace CallWarden.Data.Intake;

/// <summary>
/// Whose idempotency key a submission carries: its channel and its caller — the API key or login
/// that sent it, or else the reporter the channel names (a mail's sender, an SMS's phone). The same
/// key from two callers is two reports; one caller's key can repeat only its own (issue #9).
/// </summary>
public static class IdempotencyScope
{
    /// <summary>The column's width; a longer scope (a very long mail address) is kept as its digest.</summary>
    public const int MaxLength = 300;

    internal static string Of(ReportSubmission submission, string reporterIdentity)
    {
        var scope = $"{submission.Channel.Code()}:{submission.Caller ?? reporterIdentity}";
        return scope.Length <= MaxLength
            ? scope
            : $"{submission.Channel.Code()}:sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))}";
    }
}
