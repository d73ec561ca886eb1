namespace CallWarden.Data.Registry;

/// <summary>Why a row of a scrubbed list held no number; reported back with its line, the good rows kept.</summary>
public enum ScrubProblem : byte
{
    None = 0,

    /// <summary>The first field is not a phone number (letters, too few digits, broken UTF-8, a JSON object …).</summary>
    NotANumber,

    /// <summary>The row is longer than <see cref="ListScrub.MaxRowBytes"/> bytes, or its number field longer than <see cref="ListScrub.MaxFieldBytes"/>.</summary>
    TooLong,

    /// <summary>A quoted field without its closing quote (a quoted field may not span lines).</summary>
    UnterminatedQuote,
}
