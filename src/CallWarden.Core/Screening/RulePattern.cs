using System.Diagnostics.CodeAnalysis;

namespace CallWarden.Core.Screening;

/// <summary>
/// A personal rule's pattern over E.164 digits: fixed digits and any-digit positions, either of
/// that exact length or open-ended. Written forms (<c>0755*</c>, <c>139****5678</c>, <c>+234*</c>)
/// are read by <see cref="TryParse"/>; <see cref="Text"/> is the canonical form
/// (<c>+86755*</c>, <c>+86139????5678</c>), which parses back to the same pattern in any region.
/// </summary>
public sealed class RulePattern
{
    /// <summary>Longer input is refused before it is read.</summary>
    public const int MaxTextLength = 64;

    /// <summary>E.164 allows 15 digits, country code included.</summary>
    public const int MaxDigits = 15;

    /// <summary>The position value for "any digit"; 0–9 are themselves.</summary>
    internal const byte AnyDigit = 10;

    private readonly byte[] _positions;

    internal RulePattern(byte[] positions, bool isOpenEnded)
    {
        _positions = positions;
        IsOpenEnded = isOpenEnded;
        FixedDigits = positions.Count(p => p != AnyDigit);
        Kind = FixedDigits < positions.Length ? PatternKind.Wildcard : isOpenEnded ? PatternKind.Prefix : PatternKind.Exact;
        Text = "+" + string.Concat(positions.Select(p => p == AnyDigit ? '?' : (char)('0' + p))) + (isOpenEnded ? "*" : string.Empty);
    }

    /// <summary>The canonical form: <c>+</c>, the positions (<c>?</c> for any digit), and <c>*</c> when open-ended.</summary>
    public string Text { get; }

    public PatternKind Kind { get; }

    /// <summary>True when numbers longer than the positions match too (a trailing <c>*</c>).</summary>
    public bool IsOpenEnded { get; }

    /// <summary>How many positions are fixed digits: the measure of "longest match".</summary>
    public int FixedDigits { get; }

    /// <summary>Positions, country code included.</summary>
    public int Length => _positions.Length;

    internal ReadOnlySpan<byte> Positions => _positions;

    /// <summary>Whether the number with E.164 value <paramref name="e164"/> matches.</summary>
    public bool Matches(long e164)
    {
        if (e164 <= 0)
        {
            return false;
        }

        Span<byte> digits = stackalloc byte[E164Digits.MaxDigits];
        var count = E164Digits.Write(e164, digits);
        if (count < _positions.Length || (count > _positions.Length && !IsOpenEnded))
        {
            return false;
        }

        for (var i = 0; i < _positions.Length; i++)
        {
            if (_positions[i] != AnyDigit && _positions[i] != digits[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads a pattern written in <paramref name="region"/>: <c>+</c> or the international prefix
    /// starts an E.164 pattern; otherwise the digits are national (the trunk prefix such as CN's
    /// <c>0</c> is dropped and the country code put in front; in CN a leading <c>86</c> is taken as
    /// the country code, since no national number starts with it). <c>?</c> and every <c>*</c> but a
    /// single trailing one stand for one digit; a single trailing <c>*</c> matches any rest. A
    /// pattern without wildcards must be a valid number and takes the normaliser's E.164 value.
    /// Never throws for bad text.
    /// </summary>
    /// <exception cref="ArgumentException">The region is not a supported ISO 3166 code.</exception>
    public static bool TryParse(
        string? text,
        string region,
        [NotNullWhen(true)] out RulePattern? pattern,
        [NotNullWhen(false)] out RulePatternError? error) =>
        RulePatternParser.TryParse(text, region, out pattern, out error);

    /// <summary>Reads a pattern known to be good.</summary>
    /// <exception cref="ArgumentException">The pattern is refused; the message names it and the problem.</exception>
    public static RulePattern Parse(string text, string region = "CN") =>
        TryParse(text, region, out var pattern, out var error) ? pattern : throw new ArgumentException(error.Message, nameof(text));

    public override string ToString() => Text;
}
