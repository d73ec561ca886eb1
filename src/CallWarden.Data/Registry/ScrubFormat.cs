namespace CallWarden.Data.Registry;

/// <summary>The shape of a scrubbed list; the answer has the shape of the question.</summary>
public enum ScrubFormat
{
    /// <summary>
    /// In: one row per line, the number in the first field (quoted or not, other fields ignored, a first
    /// line without digits is a header). Out: <c>line,number,problem</c>, one row per number not to be called
    /// (<c>12,+8613912345678,</c>) or bad row (<c>17,,not_a_number</c>), in the order of the input.
    /// </summary>
    Csv,

    /// <summary>
    /// In: <c>{"numbers":["139…", …]}</c> or a bare array (strings or JSON numbers). Out:
    /// <c>{"rows":[{"line":3,"number":"+86…"},{"line":7,"problem":"not_a_number"}],"numbersIn":…,"numbersOut":…,"badRows":…}</c>,
    /// where <c>line</c> is the 1-based position in the array.
    /// </summary>
    Json,
}
