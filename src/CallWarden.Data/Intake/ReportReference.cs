using System.Globalization;
using System.Text.RegularExpressions;

namespace CallWarden.Data.Intake;

/// <summary>A report's reference for its reporter: <c>R</c>, the China date, a 6-digit daily sequence.</summary>
public static partial class ReportReference
{
    public static string Format(DateOnly chinaDate, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"R{chinaDate:yyyyMMdd}-{sequence:000000}");

    public static bool IsWellFormed(string? text) => text is not null && Shape().IsMatch(text);

    /// <summary>The counter holding the last sequence number given out on <paramref name="chinaDate"/>.</summary>
    internal static string CounterName(DateOnly chinaDate) =>
        string.Create(CultureInfo.InvariantCulture, $"report:{chinaDate:yyyyMMdd}");

    [GeneratedRegex(@"^R\d{8}-\d{6,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
