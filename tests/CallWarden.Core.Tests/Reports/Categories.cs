using CallWarden.Core.Reports;

namespace CallWarden.Core.Tests.Reports;

/// <summary>Category codes for tests that read better with the stored code than with the enum.</summary>
internal static class Categories
{
    public static readonly IReadOnlyList<ReportCategory> All = Enum.GetValues<ReportCategory>();

    public static readonly IReadOnlyList<string> Codes = [.. All.Select(c => c.ToCode())];

    public static ReportCategory FromCode(string code) =>
        ReportCategoryExtensions.TryParseCode(code, out var category) ? category : throw new ArgumentException($"Unknown category code '{code}'.", nameof(code));
}
