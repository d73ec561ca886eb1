using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Data.Intake;

/// <summary>
/// What makes two submissions under one key the same report: the normalised facts — number, called
/// line, category, time of the call, reason, content, kind, proof of call, reporter, service number,
/// privacy notice. Not when or how it arrived (receipt time, raw bytes, JSON spacing, language), so a
/// resent request is a replay and a different report under a reused key is a conflict (issue #9).
/// </summary>
internal static class PayloadDigest
{
    public static string Of(ReportSubmission s, PhoneNumber target, ReportCategory category, string reporterIdentity, PhoneNumber? called)
    {
        var text = new StringBuilder(256);
        Field(s.Kind.ToString());
        Field(target.E164.ToString(CultureInfo.InvariantCulture));
        Field(target.Kind.ToString());
        Field(called?.E164.ToString(CultureInfo.InvariantCulture));
        Field(category.ToString());
        Field(s.OccurredAt?.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Field(s.Reason?.Trim());
        Field(s.Content?.Trim());
        Field(s.ProofOfCall ? "proof" : string.Empty);
        Field(reporterIdentity);
        Field(s.ServiceNumber);
        Field(s.ConsentNotice);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        // Length-prefixed, so that no two different lists of fields write the same text.
        void Field(string? value) => text.Append(value?.Length ?? -1).Append(':').Append(value).Append('\n');
    }
}
