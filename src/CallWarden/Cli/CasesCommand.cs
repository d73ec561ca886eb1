using System.CommandLine;
using System.Globalization;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Privacy;
using CallWarden.Data;
using CallWarden.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace CallWarden.Cli;

/// <summary><c>callwarden cases list [--state …] [--overdue]</c> and <c>callwarden cases show &lt;id&gt;</c>.</summary>
internal static class CasesCommand
{
    private const int ListLimit = 200;

    public static Command Create(CliContext context)
    {
        var db = DatabaseOption.Create();
        var state = new Option<CaseState?>("--state") { Description = "Only cases in this state: " + string.Join(", ", Enum.GetNames<CaseState>().Select(SmsParseView.Snake)), CustomParser = ParseState };
        var overdue = new Option<bool>("--overdue") { Description = "Only cases past a deadline" };
        var json = new Option<bool>("--json") { Description = "One JSON object per case" };
        var list = new Command("list", $"List cases, newest first (at most {ListLimit}).") { db, state, overdue, json };
        list.SetAction((parsed, ct) => ListAsync(context, parsed.GetValue(db), parsed.GetValue(state), parsed.GetValue(overdue), parsed.GetValue(json), ct));

        var id = new Argument<long>("id") { Description = "The case id" };
        var showDb = DatabaseOption.Create();
        var show = new Command("show", "Show one case: its reports (reporters masked) and its audit trail.") { id, showDb };
        show.SetAction((parsed, ct) => ShowAsync(context, parsed.GetValue(showDb), parsed.GetValue(id), ct));
        return new Command("cases", "Look at cases in the store.") { list, show };
    }

    private static CaseState? ParseState(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Replace("_", string.Empty, StringComparison.Ordinal) : string.Empty;
        if (Enum.TryParse<CaseState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state))
        {
            return state;
        }

        result.AddError($"'{result.Tokens.FirstOrDefault()?.Value}' is not a case state: use one of {string.Join(", ", Enum.GetNames<CaseState>().Select(SmsParseView.Snake))}");
        return null;
    }

    private static async Task<int> ListAsync(CliContext context, string? dbOption, CaseState? state, bool overdue, bool json, CancellationToken ct)
    {
        await using var database = await CliDatabase.OpenAsync(dbOption, ct);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var query = db.Cases.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(c => c.State == s);
        }

        if (overdue)
        {
            query = query.Where(c => c.OverdueSince != null);
        }

        var cases = await query.OrderByDescending(c => c.Id).Take(ListLimit).ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var counts = await db.CaseReports.Where(l => ids.Contains(l.CaseId)).GroupBy(l => l.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = cases.Select(c => new CaseRow(c.Id, "+" + c.Number.ToString(CultureInfo.InvariantCulture), SmsParseView.Snake(c.State.ToString()), c.CarrierCode, c.Police, counts.GetValueOrDefault(c.Id), c.ReceivedAt, c.OverdueSince)).ToList();
        if (json)
        {
            rows.ForEach(r => CliJson.Write(context.Output, r));
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("id", "number", "state", "carrier", "police", "reports", "received", "overdue since");
        foreach (var r in rows)
        {
            table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.Number, r.State, r.Carrier ?? "—", r.Police ? "yes" : "", r.Reports.ToString(CultureInfo.InvariantCulture), Time(r.ReceivedAt), r.OverdueSince is { } o ? Time(o) : "");
        }

        Console(context).Write(table);
        context.Output.WriteLine($"{rows.Count} case(s){(rows.Count == ListLimit ? $", the newest {ListLimit} shown" : string.Empty)} in {database.Location}");
        return ExitCodes.Success;
    }

    private static async Task<int> ShowAsync(CliContext context, string? dbOption, long id, CancellationToken ct)
    {
        await using var database = await CliDatabase.OpenAsync(dbOption, ct);
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (record is null)
        {
            context.Error.WriteLine($"callwarden: no case {id} in {database.Location}");
            return ExitCodes.BadInput;
        }

        var reports = await db.Reports.AsNoTracking().Include(r => r.Reporter)
            .Where(r => db.CaseReports.Any(l => l.CaseId == id && l.ReportId == r.Id))
            .ToListAsync(ct);
        reports.Sort((x, y) => x.ReceivedAt.CompareTo(y.ReceivedAt));
        var audit = await db.CaseAudit.AsNoTracking().Where(a => a.HolderCaseId == id).ToListAsync(ct);
        var console = Console(context);
        console.Write(new Rule($"case {id}: +{record.Number.ToString(CultureInfo.InvariantCulture)} · {SmsParseView.Snake(record.State.ToString())} · {record.CarrierCode ?? "carrier unknown"}{(record.Police ? " · police" : string.Empty)}"));
        var table = new Table().AddColumns("reference", "channel", "reporter", "category", "received", "reason");
        foreach (var r in reports)
        {
            var reporter = CliText.Cell(ReporterMask.Mask(r.Reporter?.Identity, r.Reporter?.Phone));
            table.AddRow(r.Reference, r.Channel.ToString(), reporter, r.CategoryCode, Time(r.ReceivedAt), CliText.Cell(r.Reason));
        }

        console.Write(table);
        var trail = new Table().AddColumns("at", "actor", "action", "to", "reason");
        foreach (var a in audit.OrderBy(a => a.At))
        {
            trail.AddRow(Time(a.At), CliText.Cell(a.Actor), a.Action.ToString(), a.To.ToString(), CliText.Cell(a.Reason));
        }

        console.Write(trail);
        return ExitCodes.Success;
    }

    private static IAnsiConsole Console(CliContext context) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Output), Ansi = context.Interactive ? AnsiSupport.Detect : AnsiSupport.No });

    private static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private sealed record CaseRow(long Id, string Number, string State, string? Carrier, bool Police, int Reports, DateTimeOffset ReceivedAt, DateTimeOffset? OverdueSince);
}
