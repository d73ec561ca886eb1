using System.IO.Compression;
using System.Text;
using CallWarden.Core.Localization;
using CallWarden.Data.Stats.Monthly;

namespace CallWarden.Web.Stats.Monthly;

/// <summary>
/// The monthly report as one ZIP: <c>monthly-2026-11.html</c> and one CSV file per table. The desk
/// page's download and <c>callwarden report-month</c> both make it here.
/// </summary>
public static class MonthlyPackage
{
    public static string FileName(DateOnly month) => MonthlyTables.ZipName(month);

    public static byte[] Zip(MonthlyReport report, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = MonthlyTables.Of(report, language);
        var code = new MonthlyTexts(language)["ColCode"];
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Entries are dated with the report, not the clock, so that the same figures make the same bytes.
            Add(zip, $"monthly-{ReportMonth.Format(report.Month)}.html", Encoding.UTF8.GetBytes(MonthlyHtml.Write(report, tables, language)), report.BuiltAt);
            foreach (var table in tables)
            {
                Add(zip, table.FileName, MonthlyCsv.Write(table, code), report.BuiltAt);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
