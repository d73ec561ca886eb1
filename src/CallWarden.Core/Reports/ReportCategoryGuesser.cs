namespace CallWarden.Core.Reports;

/// <summary>
/// Guesses a report's category from the sender's reason or the spam text with the words of
/// <see cref="CategoryLexicon"/>, whose order settles every ambiguity (threat beats marketing, fraud
/// beats finance). The text is folded (width, traditional, case) and its <see cref="HarmlessPhrases"/>
/// blanked first.
/// </summary>
public static class ReportCategoryGuesser
{
    /// <summary>The first matching category, else <paramref name="fallback"/>.</summary>
    public static ReportCategory Guess(ReadOnlySpan<char> text, ReportCategory fallback)
    {
        var folded = SmsText.Fold(text);
        foreach (var harmless in HarmlessPhrases.All)
        {
            folded = folded.Replace(harmless, new string(' ', harmless.Length), StringComparison.Ordinal);
        }

        foreach (var (category, words) in CategoryLexicon.Rules)
        {
            foreach (var word in words)
            {
                if (Contains(folded, word))
                {
                    return category;
                }
            }
        }

        return fallback;
    }

    // An English word must start a word ("kill" is not in "skill"); Chinese has no word breaks to test.
    private static bool Contains(string text, string word)
    {
        var latin = char.IsAsciiLetter(word[0]);
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (!latin || at == 0 || !char.IsAsciiLetter(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
