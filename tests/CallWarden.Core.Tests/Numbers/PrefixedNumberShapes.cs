using System.Globalization;
using System.Text;

namespace CallWarden.Core.Tests.Numbers;

/// <summary>
/// CN numbers the way people write them with a prefix (issue #12 part 6): the trunk 0 with a dash or
/// brackets, +86 or 0086 with and without the trunk, 86 without a plus, and the 179xx/11xxx/12xxx
/// IP-dialling prefixes before a mobile or a landline (with and without its trunk, and before 00 86).
/// Area codes and mobile blocks are libphonenumber's own CN geocoding prefixes; some inputs are then
/// made hostile (a sign, an invisible character, a digit too many or too few).
/// </summary>
internal static class PrefixedNumberShapes
{
    /// <summary>The CN area codes (10, 20–29, 3xx–9xx) of libphonenumber's geocoding table.</summary>
    public static string[] AreaCodes { get; } =
    [
        .. PrefixData.Shipped("geocoding.zh.86").Keys
            .Select(k => k.ToString(CultureInfo.InvariantCulture))
            .Where(k => k.Length is 4 or 5 && (k[2] != '1' || k.StartsWith("8610", StringComparison.Ordinal)))
            .Select(k => k[2..]),
    ];

    /// <summary>The CN mobile blocks (first seven digits) of the same table.</summary>
    public static string[] MobileBlocks { get; } =
    [
        .. PrefixData.Shipped("geocoding.zh.86").Keys
            .Select(k => k.ToString(CultureInfo.InvariantCulture))
            .Where(k => k.Length == 9 && k[2] == '1')
            .Select(k => k[2..]),
    ];

    private static readonly string[] IpPrefixes = ["17951", "17911", "17909", "17900", "17969", "12593", "11808", "12520"];

    public const int ShapeCount = 16;

    public static string Next(Random random)
    {
        var area = AreaCodes[random.Next(AreaCodes.Length)];
        // Mostly the lengths that exist (8 digits behind 10 and 2x, 7 or 8 behind the others), some that do not.
        var subscriber = Digits(random, random.Next(4) == 0 ? random.Next(5, 10) : area.Length == 2 ? 8 : random.Next(7, 9));
        var mobile = MobileBlocks[random.Next(MobileBlocks.Length)] + Digits(random, random.Next(4) == 0 ? random.Next(3, 6) : 4);
        var ip = random.Next(4) == 0 ? "1" + "127"[random.Next(3)] + Digits(random, 3) : IpPrefixes[random.Next(IpPrefixes.Length)];
        var text = Write(random.Next(ShapeCount), area, subscriber, mobile, ip, random);
        return random.Next(10) switch
        {
            0 => ToFullWidth(text),
            1 => Hostile(text, random),
            _ => text,
        };
    }

    /// <summary>Shape <paramref name="shape"/> of a landline (area, subscriber) or a mobile, with separators from <paramref name="random"/>.</summary>
    public static string Write(int shape, string area, string subscriber, string mobile, string ip, Random random) => shape switch
    {
        0 => "0" + area + "-" + subscriber,
        1 => "(0" + area + ")" + Space(random) + Group(subscriber, random),
        2 => "0" + area + Group(subscriber, random),
        3 => "+86 " + area + " " + Group(subscriber, random),
        4 => "+86" + area + subscriber,
        5 => "0086 " + area + " " + Group(subscriber, random),
        6 => "+86 0" + area + " " + subscriber,
        7 => "+86 (0)" + area + " " + Group(subscriber, random),
        8 => "0086 0" + area + Space(random) + subscriber,
        9 => "86 0" + area + " " + subscriber,
        10 => ip + Space(random) + Group(mobile, random),
        11 => ip + Space(random) + "0" + area + Space(random) + subscriber,
        12 => ip + Space(random) + area + subscriber,
        13 => ip + "00 86" + Space(random) + mobile,
        14 => "+86 " + ip + " " + mobile,
        _ => random.Next(2) == 0 ? ip + " 0086 0" + area + subscriber : "0 " + mobile,
    };

    private static string Hostile(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(6) switch
        {
            0 => "-" + text,
            1 => "\u2212" + text,
            2 => text.Insert(at, "\u200B"),
            3 => text.Insert(at, "\t"),
            4 => text + Digits(random, random.Next(1, 8)),
            _ => text.Length > 4 ? text[..^random.Next(1, 4)] : text,
        };
    }

    private static string Space(Random random) => random.Next(3) switch { 0 => "", 1 => " ", _ => "-" };

    private static string Group(string digits, Random random)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && random.Next(5) == 0)
            {
                builder.Append(random.Next(2) == 0 ? ' ' : '-');
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    private static string ToFullWidth(string text) => NumberShapes.ToFullWidth(text);

    private static string Digits(Random random, int count) => NumberShapes.Digits(random, count);
}
