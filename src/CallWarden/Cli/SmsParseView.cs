using CallWarden.Core.Localization;
using System.Text.Json.Serialization;
using CallWarden.Core.Reports;
using Spectre.Console;

namespace CallWarden.Cli;

/// <summary>The <c>parse-sms</c> output: one flat shape for reports, commands and refusals.</summary>
internal sealed record SmsParseView(
    string Kind,
    string Service,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Target,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? OccurredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Command,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reference,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reply,
    string Language)
{
    public static SmsParseView From(SmsParseResult result) => result switch
    {
        SmsReport r => new("report", r.ServiceNumber, r.Target.ToE164String(), r.OccurredAt, r.Reason, r.Content, r.Category.ToCode(), null, null, null, r.Language.Tag()),
        SmsCommand c => new("command", c.ServiceNumber, null, null, null, null, null, Snake(c.Kind.ToString()), c.Reference, null, c.Language.Tag()),
        SmsRefusal f => new("refusal", f.ServiceNumber, null, null, Snake(f.Reason.ToString()), null, null, null, null, f.Reply, f.Language.Tag()),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown SMS parse result."),
    };

    public static void Render(TextWriter output, SmsParseView view)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        var table = new Table().HideHeaders().AddColumn("field").AddColumn("value");
        foreach (var (name, value) in Fields(view))
        {
            if (value is not null)
            {
                table.AddRow(name, Markup.Escape(value));
            }
        }

        console.Write(table);
    }

    private static IEnumerable<(string, string?)> Fields(SmsParseView v) =>
    [
        ("kind", v.Kind), ("service", v.Service), ("target", v.Target), ("occurred at", v.OccurredAt?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)),
        ("reason", v.Reason), ("content", v.Content), ("category", v.Category), ("command", v.Command), ("reference", v.Reference),
        ("reply", v.Reply), ("language", v.Language),
    ];

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
