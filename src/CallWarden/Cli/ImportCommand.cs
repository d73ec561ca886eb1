using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Imports;
using CallWarden.Core.Localization;
using CallWarden.Core.Reports;
using CallWarden.Data.Intake;
using CallWarden.Storage;
using Spectre.Console;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden import ftc &lt;csv&gt;</c>: loads the FTC complaint file through the same intake as
/// every other channel. Malformed rows are counted and reported with their line, never fatal;
/// importing the same file twice stores nothing new (the idempotency key is the row's hash).
/// </summary>
internal static class ImportCommand
{
    private const int InFlight = 256;

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("csv") { Description = "The FTC Do-Not-Call complaint CSV (Company_Phone_Number,Created_Date,…)" };
        var db = DatabaseOption.Create();
        var ftc = new Command("ftc", "Import the FTC \"Do Not Call reported calls\" CSV file.") { file, db };
        ftc.SetAction((parsed, cancellationToken) => RunAsync(context, parsed.GetValue(file)!, parsed.GetValue(db), cancellationToken));
        return new Command("import", "Bulk-import reports from a file.") { ftc };
    }

    private static async Task<int> RunAsync(CliContext context, FileInfo file, string? db, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            context.Error.WriteLine($"callwarden: no such file: {file.FullName}");
            return ExitCodes.BadInput;
        }

        await using var database = await CliDatabase.OpenAsync(db, cancellationToken);
        await using var intake = new ReportIntake(database.Contexts, context.Time);
        var tally = new ImportTally();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Output), Interactive = context.Interactive ? InteractionSupport.Yes : InteractionSupport.No });
        if (context.Interactive)
        {
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask($"importing {file.Name}", maxValue: file.Length);
                await ImportAsync(file, intake, tally, read => task.Value = read, cancellationToken);
            });
        }
        else
        {
            await ImportAsync(file, intake, tally, _ => { }, cancellationToken);
        }

        tally.Render(context.Output, file.Name, database.Location);
        return tally.Imported + tally.Duplicates > 0 || tally.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static async Task ImportAsync(FileInfo file, ReportIntake intake, ImportTally tally, Action<double> progress, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var pending = new List<(FtcComplaint Row, Task<IntakeResult> Result)>(InFlight);
        foreach (var row in FtcComplaintFile.Read(reader))
        {
            if (row.Problem is { } problem)
            {
                tally.Skip(problem.Line, problem.Reason, problem.Detail);
                continue;
            }

            var complaint = row.Complaint!;
            pending.Add((complaint, intake.SubmitAsync(Submission(complaint), cancellationToken)));
            if (pending.Count == InFlight)
            {
                await DrainAsync(pending, tally);
                progress(stream.Position);
            }
        }

        await DrainAsync(pending, tally);
        progress(stream.Length);
    }

    private static async Task DrainAsync(List<(FtcComplaint Row, Task<IntakeResult> Result)> pending, ImportTally tally)
    {
        foreach (var (row, task) in pending)
        {
            var result = await task;
            if (result.Receipt is { } receipt)
            {
                tally.Accept(receipt.Duplicate);
            }
            else
            {
                var first = result.Errors[0];
                tally.Skip(row.Line, "refused by intake: " + first.Field, first.Message);
            }
        }

        pending.Clear();
    }

    private static ReportSubmission Submission(FtcComplaint complaint)
    {
        // Each FTC row is one consumer's complaint: the row's hash identifies the reporter and the report.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(complaint.RawRow)))[..32].ToLowerInvariant();
        return new ReportSubmission(
            IntakeChannel.Import,
            complaint.RawRow,
            complaint.CreatedAt,
            ReporterPhone: null,
            ReporterIdentity: "ftc:" + hash,
            IdempotencyKey: "ftc:" + hash,
            TargetText: complaint.Number,
            CategoryCode: complaint.Category.ToCode(),
            // The consumer's violation time is local and the FTC's creation time is not: a violation
            // "after" the complaint is a zone mix-up, so the report keeps no call time rather than being lost.
            OccurredAt: complaint.ViolationAt <= complaint.CreatedAt ? complaint.ViolationAt : null,
            Reason: complaint.Subject.Length == 0 ? null : complaint.Subject,
            Language: DisplayLanguage.En);
    }
}
