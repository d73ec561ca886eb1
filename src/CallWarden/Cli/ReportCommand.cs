using System.CommandLine;
using System.Globalization;
using CallWarden.Core.Reports;
using CallWarden.Data.Intake;
using CallWarden.Storage;

namespace CallWarden.Cli;

/// <summary><c>callwarden report --target … --category … [--time …] [--text …]</c>: file a report from the command line.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Option<string>("--target") { Description = "The number to report (any written form)", Required = true };
        var category = new Option<string>("--category")
        {
            Description = "One of " + string.Join(", ", Enum.GetValues<ReportCategory>().Select(c => c.ToCode())),
            DefaultValueFactory = _ => "harassment",
        };
        var time = new Option<string?>("--time") { Description = "When the call or message came, ISO 8601 (default: unknown)" };
        var text = new Option<string?>("--text") { Description = "What happened, or the spam text" };
        var from = new Option<string?>("--from") { Description = "The reporter's phone number (gets the acknowledgement)" };
        var db = DatabaseOption.Create();
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("report", "File a report against a number; it joins the number's open case or opens one.") { target, category, time, text, from, db, json };
        command.SetAction(async (parsed, ct) =>
        {
            DateTimeOffset? occurred = null;
            if (parsed.GetValue(time) is { } timeText)
            {
                if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    context.Error.WriteLine($"callwarden: --time '{timeText}' is not an ISO 8601 time such as 2026-11-28T14:30:00+08:00");
                    return ExitCodes.BadInput;
                }

                occurred = at;
            }

            await using var database = await CliDatabase.OpenAsync(parsed.GetValue(db), ct);
            await using var intake = new ReportIntake(database.Contexts, context.Time);
            var now = context.Time.GetUtcNow();
            var submission = new ReportSubmission(
                IntakeChannel.Api,
                string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
                now,
                ReporterPhone: parsed.GetValue(from),
                ReporterIdentity: "cli:" + Environment.UserName,
                IdempotencyKey: "cli-" + Guid.NewGuid().ToString("N"),
                TargetText: parsed.GetValue(target)!,
                CategoryCode: parsed.GetValue(category),
                OccurredAt: occurred,
                Reason: parsed.GetValue(text));
            var result = await intake.SubmitAsync(submission, ct);
            if (result.Receipt is not { } receipt)
            {
                context.Error.WriteLine("callwarden: " + string.Join("; ", result.Errors.Select(e => $"{e.Field} {e.Message}")));

                return ExitCodes.BadInput;
            }

            var view = new { reference = receipt.Reference, caseId = receipt.CaseId, state = SmsParseView.Snake(receipt.CaseState.ToString()), duplicate = receipt.Duplicate };
            if (parsed.GetValue(json))
            {
                CliJson.Write(context.Output, view);
            }
            else
            {
                context.Output.WriteLine($"report {receipt.Reference} filed: case {receipt.CaseId} ({view.state}) in {database.Location}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
