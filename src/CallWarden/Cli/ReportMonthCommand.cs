using System.CommandLine;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Hosting;
using CallWarden.Core.Localization;
using CallWarden.Data.Stats.Monthly;
using CallWarden.Storage;
using CallWarden.Web.Stats.Monthly;
using Microsoft.Extensions.Options;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden report-month 2026-11 [--out dir|file.zip] [--language zh-Hans|zh-Hant|en]</c>: the
/// monthly report for the authorities as the ZIP the desk's page downloads (its HTML and one CSV per table),
/// judging overdue cases by the configured deadlines (section "Deadlines"), as <c>serve</c> does.
/// </summary>
internal static class ReportMonthCommand
{
    public static Command Create(CliContext context)
    {
        var month = new Argument<string>("month") { Description = "The China month, written yyyy-MM, e.g. 2026-11" };
        var output = new Option<string?>("--out") { Description = "A folder to write callwarden-monthly-<month>.zip into, or the .zip file's path; default the current folder" };
        var language = new Option<string>("--language") { Description = "zh-Hans (default), zh-Hant or en", DefaultValueFactory = _ => "zh-Hans" };
        var db = DatabaseOption.Create();
        var command = new Command("report-month", "Write the monthly report (月报) for the authorities as a ZIP of its HTML page and one CSV file per table.") { month, output, language, db };
        command.SetAction((parsed, ct) => RunAsync(context, parsed.GetValue(month)!, parsed.GetValue(output), parsed.GetValue(language)!, parsed.GetValue(db), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string monthText, string? output, string languageText, string? dbOption, CancellationToken ct)
    {
        if (Language(languageText) is not { } language)
        {
            context.Error.WriteLine($"callwarden: unknown language '{languageText}': use zh-Hans, zh-Hant or en");
            return ExitCodes.BadInput;
        }

        CaseDeadlines deadlines;
        try
        {
            deadlines = ConfiguredDeadlines.Read(context);
        }
        catch (OptionsValidationException e)
        {
            context.Error.WriteLine("callwarden: settings: " + string.Join("; ", e.Failures));
            return ExitCodes.BadInput;
        }

        await using var database = await CliDatabase.OpenAsync(dbOption, ct);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var now = context.Time.GetUtcNow();
        var first = await MonthlyReportBuilder.FirstMonthAsync(db, ct);
        var problem = ReportMonth.Check(monthText, ChinaTime.DateOf(now), first, out var month);
        if (problem != MonthProblem.None)
        {
            context.Error.WriteLine("callwarden: " + problem switch
            {
                MonthProblem.InTheFuture => $"{ReportMonth.Format(month)} has not begun in China yet: give this month or an earlier one",
                MonthProblem.BeforeTheData when first is { } begins => $"the reports in {database.Location} begin in {ReportMonth.Format(begins)}: give that month or a later one",
                MonthProblem.BeforeTheData => $"{database.Location} holds no report yet, so there is no monthly report",
                _ => $"'{monthText}' is not a month: write it yyyy-MM, e.g. 2026-11",
            });
            return ExitCodes.BadInput;
        }

        var path = Target(output, month);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
        {
            context.Error.WriteLine($"callwarden: the folder {folder} does not exist");
            return ExitCodes.BadInput;
        }

        var report = await MonthlyReportBuilder.BuildAsync(db, deadlines, month, now, ct);
        await File.WriteAllBytesAsync(path, MonthlyPackage.Zip(report, language), ct);
        context.Output.WriteLine(path);
        context.Error.WriteLine($"callwarden: monthly report for {ReportMonth.Format(month)}: {report.Reports} report(s), written to {path}");
        return ExitCodes.Success;
    }

    /// <summary>An existing folder, or a path ending in .zip; nothing means the current folder.</summary>
    private static string Target(string? output, DateOnly month)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return MonthlyPackage.FileName(month);
        }

        return Directory.Exists(output) || !output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? Path.Combine(output, MonthlyPackage.FileName(month)) : output;
    }

    private static DisplayLanguage? Language(string text) => text.ToUpperInvariant() switch
    {
        "ZH-HANS" or "ZH-CN" or "ZH" => DisplayLanguage.ZhHans,
        "ZH-HANT" or "ZH-TW" or "ZH-HK" => DisplayLanguage.ZhHant,
        "EN" => DisplayLanguage.En,
        _ => null,
    };
}
