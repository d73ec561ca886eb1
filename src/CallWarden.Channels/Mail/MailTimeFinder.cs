using System.Text.RegularExpressions;
using CallWarden.Core.Reports;

namespace CallWarden.Channels.Mail;

/// <summary>Finds the call time in free mail text: each date-and-time-looking span is handed to the SMS grammar's time parser, the first it understands wins.</summary>
internal static partial class MailTimeFinder
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static DateTimeOffset? Find(string text, DateTimeOffset now, TimeSpan window)
    {
        foreach (Match m in Span().Matches(text))
        {
            if (CallTimeParser.Parse(m.Value.Trim(), now, Tolerance, window, out var time) is null)
            {
                return time;
            }
        }

        return null;
    }

    [GeneratedRegex(@"([0-9０-９]{4}\s*[-/年]\s*)?([0-9０-９]{1,2}\s*[-/月]\s*[0-9０-９]{1,2}\s*日?\s*)?((昨天|前天|今天|昨晚|yesterday|today)\s*)?(上午|下午|晚上|凌晨|中午)?\s*[0-9０-９]{1,2}\s*[:：點点]\s*([0-9０-９]{2}\s*分?)?(\s*[ap]\.?m\.?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Span();
}
