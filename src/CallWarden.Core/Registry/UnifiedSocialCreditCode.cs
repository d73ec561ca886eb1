namespace CallWarden.Core.Registry;

/// <summary>
/// The 统一社会信用代码 on a business licence (GB 32100-2015): 18 characters from 0–9 and 21
/// capital letters (no I, O, Z, S, V), the last a check character computed from the first 17.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code as people type it: spaces dropped, full-width characters and lower case folded.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var chars = new List<char>(Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                continue;
            }

            var ascii = c is >= '！' and <= '～' ? (char)(c - '！' + '!') : c;
            chars.Add(char.ToUpperInvariant(ascii));
        }

        return new string([.. chars]);
    }

    /// <summary>Why <paramref name="folded"/> (see <see cref="Fold"/>) is no valid code, or null when it is one.</summary>
    public static LicenceProblem? Check(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length != Length)
        {
            return LicenceProblem.WrongLength;
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var value = Alphabet.IndexOf(folded[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return LicenceProblem.BadCharacter;
            }

            if (i < Length - 1)
            {
                sum += value * Weights[i];
            }
            else if (value != CheckValue(sum))
            {
                return LicenceProblem.WrongCheckCharacter;
            }
        }

        return null;
    }

    /// <summary>The check character for the first 17 characters of a code.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("The check character is computed from 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is no character of a credit code.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[CheckValue(sum)];
    }

    private static int CheckValue(int sum) => (31 - (sum % 31)) % 31;
}
