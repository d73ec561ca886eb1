using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace CallWarden.Web.Verification;

/// <summary>What a phone is proved for; a code proved for one purpose does not prove another.</summary>
internal static class VerificationPurposes
{
    /// <summary>Submitting a report from the public form.</summary>
    public const string Report = "report";

    /// <summary>Following one's own reports.</summary>
    public const string MyReport = "my_report";

    /// <summary>Managing one's screening (my protection).</summary>
    public const string Protection = "protection";

    /// <summary>"This number is legitimate" feedback.</summary>
    public const string Feedback = "feedback";

    private static readonly FrozenSet<string> Known = FrozenSet.Create(StringComparer.Ordinal, Report, MyReport, Protection, Feedback);

    /// <summary>Pages pass one of the constants above; anything else is a bug in the page.</summary>
    public static void Require(string purpose, [CallerArgumentExpression(nameof(purpose))] string? name = null)
    {
        if (purpose is null || !Known.Contains(purpose))
        {
            throw new ArgumentOutOfRangeException(name, purpose, $"must be one of {string.Join(", ", Known.Order(StringComparer.Ordinal))}");
        }
    }
}
