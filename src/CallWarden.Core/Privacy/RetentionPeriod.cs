using System.Globalization;

namespace CallWarden.Core.Privacy;

/// <summary>A period of the retention policy: whole days or whole years (calendar years, so 2y is two birthdays, leap days included).</summary>
public readonly record struct RetentionPeriod(int Count, bool Years)
{
    /// <summary>The instant before which a record of this age is past the period.</summary>
    public DateTimeOffset Before(DateTimeOffset now) => Years ? now.AddYears(-Count) : now.AddDays(-Count);

    public override string ToString() => Count.ToString(CultureInfo.InvariantCulture) + (Years ? "y" : "d");

    /// <summary>Reads <c>30d</c> or <c>2y</c> (1–36500 days, 1–100 years).</summary>
    public static bool TryParse(string text, out RetentionPeriod period)
    {
        period = default;
        text = text.Trim();
        if (text.Length < 2 || text[^1] is not ('d' or 'y')
            || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        var years = text[^1] == 'y';
        if (count < 1 || count > (years ? 100 : 36500))
        {
            return false;
        }

        period = new RetentionPeriod(count, years);
        return true;
    }
}
