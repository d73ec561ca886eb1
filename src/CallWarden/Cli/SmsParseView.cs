using System.Globalization;
using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using Spectre.Console;

namespace CallWarden.Cli;

/// <summary>The <c>parse-sms</c> output shapes: one record per kind of result, each with its <c>kind</c> first.</summary>
internal static class SmsParseView
{
    public static object From(SmsParseResult result) => result switch
    {
        SmsReport r => new ReportView("report", r.ServiceNumber, r.CallerWithheld ? "withheld" : r.Target.ToE164String(), r.OccurredAt, r.Reason, r.Content, r.Category.ToCode(), r.Language.Tag()),
        SmsCommand c => new CommandView("command", c.ServiceNumber, Snake(c.Kind.ToString()), c.Reference, c.Language.Tag()),
        SmsRefusal f => new RefusalView("refusal", f.ServiceNumber, Snake(f.Reason.ToString()), f.Reply, f.Language.Tag()),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown SMS parse result."),
    };

    public static void Render(TextWriter output, object view)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        var table = new Table().HideHeaders().AddColumn("field").AddColumn("value");
        foreach (var property in view.GetType().GetProperties())
        {
            var value = property.GetValue(view) switch
            {
                DateTimeOffset at => at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
                var other => other?.ToString(),
            };

            if (value is not null)
            {
                table.AddRow(Snake(property.Name).Replace('_', ' '), CliText.Cell(value));
            }
        }

        console.Write(table);
    }

    public static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private sealed record ReportView(string Kind, string Service, string Target, DateTimeOffset? OccurredAt, string? Reason, string? Content, string Category, string Language);

    private sealed record CommandView(string Kind, string Service, string Command, string? Reference, string Language);

    private sealed record RefusalView(string Kind, string Service, string Reason, string Reply, string Language);
}
