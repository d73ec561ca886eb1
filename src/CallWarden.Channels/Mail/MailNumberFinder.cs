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
            foreach (var (written, number) in Numbers(m.Value, region))
            {
                if (!found.Exists(f => f.Item2.E164 == number.E164))
                {
                    found.Add((written, number));
                    if (found.Count == max)
                    {
                        return found;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A run of digits and spaces is one number (<c>139 1234 5678</c>) or several side by side
    /// (<c>13912345678 13800138000</c>): from each piece, the longest run of pieces that is a number wins.
    /// </summary>
    private static IEnumerable<(string, PhoneNumber)> Numbers(string run, string region)
    {
        var whole = PhoneNumberNormalizer.Default.Normalize(run, region);
        if (whole.IsValid)
        {
            yield return (run.Trim(), whole);
            yield break;
        }

        var pieces = run.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < pieces.Length;)
        {
            var taken = 0;
            for (var n = Math.Min(4, pieces.Length - i); n > 0 && taken == 0; n--)
            {
                var written = string.Join(' ', pieces, i, n);
                var number = PhoneNumberNormalizer.Default.Normalize(written, region);
                if (number.IsValid)
                {
                    taken = n;
                    yield return (written, number);
                }
            }

            i += Math.Max(taken, 1);
        }
    }

    [GeneratedRegex(@"[+＋]?[0-9０-９(（][0-9０-９ \-－()（）]{2,22}[0-9０-９]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"[0-9０-９]{4}\s*[-/年.]\s*[0-9０-９]{1,2}\s*[-/月.]\s*[0-9０-９]{1,2}\s*日?|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}(\s*[:：]\s*[0-9０-９]{2})?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateOrTime();
}
