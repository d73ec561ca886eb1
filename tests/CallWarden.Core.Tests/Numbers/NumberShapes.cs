using System.Globalization;
using System.Text;

namespace CallWarden.Core.Tests.Numbers;

/// <summary>
/// Generates phone numbers in every written shape DESIGN.md lists, from a seeded random source so a
/// failing input can be reproduced from its index.
/// </summary>
internal static class NumberShapes
{
    public static (string Text, string Region) Next(Random random)
    {
        return random.Next(12) switch
        {
            0 or 1 or 2 => (Written(random, CnMobile(random), random.Next(2) == 0 ? "86" : null), "CN"),
            3 => (Written(random, CnLandline(random), "86"), "CN"),
            4 => (Written(random, CnSpecial(random), null), "CN"),
            5 or 6 => (Written(random, Nanp(random), "1"), "US"),
            7 => (Written(random, Nanp(random), "1"), "CN"),
            8 => (Written(random, CnMobile(random), "86"), "US"),
            9 => ("+" + Digits(random, random.Next(1, 16)), random.Next(2) == 0 ? "CN" : "US"),
            10 => (Digits(random, random.Next(1, 21)), random.Next(2) == 0 ? "CN" : "US"),
            _ => (Mixed(random), random.Next(2) == 0 ? "CN" : "US"),
        };
    }

    /// <summary>11 digits starting with 1: allocated and unallocated mobile blocks alike.</summary>
    private static string CnMobile(Random random) => "1" + Digits(random, 10);

    private static string CnLandline(Random random)
    {
        string[] areas = ["10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "311", "371", "411", "451", "531", "571", "591", "731", "755", "756", "769", "871", "898", "991"];
        var area = areas[random.Next(areas.Length)];
        return "0" + area + Digits(random, random.Next(6, 9));
    }

    private static string CnSpecial(Random random) => random.Next(7) switch
    {
        0 => "400" + Digits(random, 7),
        1 => "800" + Digits(random, 7),
        2 => "95" + Digits(random, random.Next(3, 5)),
        3 => "106" + Digits(random, random.Next(5, 15)),
        4 => new[] { "110", "119", "120", "122", "112", "10086", "10010", "10000", "12321", "12315" }[random.Next(10)],
        5 => "179" + random.Next(5, 10).ToString(CultureInfo.InvariantCulture) + random.Next(10).ToString(CultureInfo.InvariantCulture) + CnMobile(random),
        _ => "0" + CnMobile(random),
    };

    private static string Nanp(Random random) =>
        random.Next(2, 10).ToString(CultureInfo.InvariantCulture) + Digits(random, 2) +
        random.Next(10).ToString(CultureInfo.InvariantCulture) + Digits(random, 6);

    /// <summary>Writes a national number the way people do: grouped, prefixed, full-width.</summary>
    private static string Written(Random random, string national, string? countryCode)
    {
        var body = random.Next(6) switch
        {
            0 => Group(national, ' ', random),
            1 => Group(national, '-', random),
            2 when national.StartsWith('0') && national.Length > 7 => "(" + national[..4] + ")" + national[4..],
            3 when national.Length == 10 => "(" + national[..3] + ") " + national[3..6] + "-" + national[6..],
            _ => national,
        };

        if (countryCode is not null)
        {
            var trunkless = national.StartsWith('0') ? national[1..] : national;
            body = random.Next(6) switch
            {
                0 => "+" + countryCode + trunkless,
                1 => "+" + countryCode + " " + Group(trunkless, ' ', random),
                2 => "00" + countryCode + trunkless,
                3 => countryCode + trunkless,
                4 => "011" + countryCode + trunkless,
                _ => body,
            };
        }

        return random.Next(8) == 0 ? ToFullWidth(body) : body;
    }

    private static string Group(string digits, char separator, Random random)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && random.Next(4) == 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    /// <summary>ASCII digits and plus as a Chinese input method writes them full-width.</summary>
    internal static string ToFullWidth(string text) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c == '+' ? '＋' : c));

    internal static string Digits(Random random, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    private static string Mixed(Random random)
    {
        const string alphabet = "0123456789０１２３+＋ -()./x#*abc中国號\u200f\u00a0\t";
        var chars = new char[random.Next(0, 25)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
