using CallWarden.Core.Text;
using System.Text;

namespace CallWarden.Channels.Mail;

/// <summary>
/// Mail text made fit for a report field: invisible controls and bidirectional overrides (which
/// intake refuses because they disguise text) become spaces, broken surrogates are dropped, and the
/// text is cut to the field's length.
/// </summary>
internal static class MailText
{
    public static string Field(string text, int max, bool multiline)
    {
        StringBuilder clean = new(Math.Min(text.Length, max));
        for (var i = 0; i < text.Length && clean.Length < max; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (clean.Length + 2 > max)
                {
                    break;
                }

                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                continue;
            }
            else if (multiline && c is '\n' or '\t')
            {
                clean.Append(c);
            }
            else if (c == '\r')
            {
                continue;
            }
            else
            {
                clean.Append(Hidden(c) ? ' ' : c);
            }
        }

        return clean.ToString().Trim();
    }

    /// <summary>Intake's rule (one rule for every text): what it would refuse becomes a space, so a mail is filed, not bounced.</summary>
    private static bool Hidden(char c) => VisibleText.IsHidden(c);
}
