using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CallWarden.Core.Numbers;

/// <summary>
/// Numbers whose carrier is known better than libphonenumber's block data: mostly ported numbers
/// (携号转网), whose prefix still names the carrier they left. An entry wins over libphonenumber.
/// </summary>
public sealed class CarrierOverrides
{
    public static CarrierOverrides Empty { get; } = new(new Dictionary<long, Carrier>());

    /// <summary>The CSV header line, optional in a file.</summary>
    public const string Header = "e164,carrier_code";

    /// <summary>Longer lines are refused rather than echoed back in an error.</summary>
    public const int MaxLineLength = 256;

    private const int MaxErrors = 50;

    private readonly FrozenDictionary<long, Carrier> _carriers;

    public CarrierOverrides(IReadOnlyDictionary<long, Carrier> carriers)
    {
        ArgumentNullException.ThrowIfNull(carriers);
        _carriers = carriers.ToFrozenDictionary();
    }

    public int Count => _carriers.Count;

    public bool TryGet(long e164, out Carrier carrier) => _carriers.TryGetValue(e164, out carrier);

    /// <summary>Reads <c>e164,carrier_code</c> lines (see <see cref="TryParse"/>); a bad file is refused whole.</summary>
    /// <exception cref="FormatException">Some line is bad; the message names every bad line (up to 50).</exception>
    public static CarrierOverrides Parse(string csv)
    {
        return TryParse(csv, out var overrides, out var errors)
            ? overrides
            : throw new FormatException("Carrier overrides refused:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    /// <summary>
    /// Reads lines of <c>e164,carrier_code</c>, e.g. <c>+8613912345678,china_unicom</c>: the number
    /// in E.164 digits with or without its plus, the code of <see cref="CarrierNames.Code"/> except
    /// <c>unknown</c>. Blank lines and a first line equal to <see cref="Header"/> are skipped.
    /// </summary>
    /// <param name="errors">One message per bad line (<c>line 3: …</c>), up to 50; empty on success.</param>
    public static bool TryParse(string csv, [NotNullWhen(true)] out CarrierOverrides? overrides, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var carriers = new Dictionary<long, Carrier>();
        var firstLines = new Dictionary<long, int>();
        var messages = new List<string>();
        var lineNumber = 0;
        var badLines = 0;
        var sawContent = false;
        foreach (var rawLine in csv.TrimStart('\uFEFF').Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var isFirst = !sawContent;
            sawContent = true;
            if (isFirst && line.Trim().Equals(Header, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var error = ParseLine(line, out var e164, out var carrier);
            if (error is null && firstLines.TryGetValue(e164, out var first))
            {
                error = $"+{e164} is already given on line {first}";
            }

            if (error is not null)
            {
                if (++badLines <= MaxErrors)
                {
                    messages.Add($"line {lineNumber}: {error}");
                }

                continue;
            }

            carriers.Add(e164, carrier);
            firstLines.Add(e164, lineNumber);
        }

        if (badLines > MaxErrors)
        {
            messages.Add($"… and {badLines - MaxErrors} more bad lines");
        }

        errors = messages;
        overrides = badLines == 0 ? new CarrierOverrides(carriers) : null;
        return overrides is not null;
    }

    /// <returns>Null when the line is good, else why it is not.</returns>
    private static string? ParseLine(string line, out long e164, out Carrier carrier)
    {
        e164 = 0;
        carrier = Carrier.Unknown;
        if (line.Length > MaxLineLength)
        {
            return $"longer than {MaxLineLength} characters";
        }

        var fields = line.Split(',');
        if (fields.Length != 2)
        {
            return $"expected 2 fields '{Header}', found {fields.Length}";
        }

        var number = fields[0].Trim();
        var code = fields[1].Trim();
        if (number.Length == 0)
        {
            return "the number is empty";
        }

        if (code.Length == 0)
        {
            return "the carrier code is empty";
        }

        var digits = number.StartsWith('+') ? number[1..] : number;
        if (digits.Length is 0 or > 15 || digits[0] == '0' || !digits.All(char.IsAsciiDigit)
            || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out e164))
        {
            return $"'{number}' is not an E.164 number (up to 15 ASCII digits after an optional +){NonAsciiHint(number)}";
        }

        if (!CarrierNames.TryParseCode(code, out carrier) || carrier == Carrier.Unknown)
        {
            return $"unknown carrier code '{code}'{NonAsciiHint(code)}; expected one of "
                + string.Join(", ", Enum.GetValues<Carrier>().Where(c => c != Carrier.Unknown).Select(c => c.Code()));
        }

        return null;
    }

    /// <summary>Points at a look-alike such as a full-width digit or a Cyrillic letter, invisible in most fonts.</summary>
    private static string NonAsciiHint(string field)
    {
        var index = field.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u007f');
        return index < 0 ? string.Empty : $" (character {index + 1} is U+{(int)field[index]:X4}, not ASCII)";
    }
}
