using System.Text.RegularExpressions;
using CallWarden.Core.Numbers;

namespace CallWarden.Channels.Mail;

/// <summary>
/// Finds phone numbers in free mail text, in any of the written forms intake knows (spaces, dashes,
/// brackets, +86, full-width digits). Dates and times are blanked first so that <c>2026-11-28</c> is
/// never taken for a number.
/// </summary>
internal static partial class MailNumberFinder
{
    public static IReadOnlyList<(string Text, PhoneNumber Number)> Find(string text, string region, int max)
    {
        var masked = DateOrTime().Replace(text, m => new string(' ', m.Length));
        List<(string, PhoneNumber)> found = [];
        foreach (Match m in Candidate().Matches(masked))
        {
            var number = PhoneNumberNormalizer.Default.Normalize(m.Value, region);
            if (number.IsValid && !found.Exists(f => f.Item2.E164 == number.E164))
            {
                found.Add((m.Value.Trim(), number));
                if (found.Count == max)
                {
                    break;
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"[+＋]?[0-9０-９(（][0-9０-９ \-－()（）]{2,22}[0-9０-９]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"[0-9０-９]{4}\s*[-/年.]\s*[0-9０-９]{1,2}\s*[-/月.]\s*[0-9０-９]{1,2}\s*日?|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}(\s*[:：]\s*[0-9０-９]{2})?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateOrTime();
}
