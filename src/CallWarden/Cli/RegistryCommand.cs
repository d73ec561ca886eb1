using System.CommandLine;
using CallWarden.Data.Registry;
using CallWarden.Storage;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden registry scrub &lt;list.csv&gt; --business &lt;id&gt; [--out answer.csv] [--db …]</c>: scrubs a
/// business's call list against the refusal registry in the store, with the same <see cref="ListScrub"/>
/// as <c>POST /api/v1/registry/scrub</c>, and logs the scrub for the business (issue #10 part 7).
/// </summary>
internal static class RegistryCommand
{
    public static Command Create(CliContext context)
    {
        var list = new Argument<FileInfo>("list") { Description = "The call list: CSV, one number per row in the first field (a header row is allowed)" };
        var business = new Option<int>("--business") { Description = "The approved business the list is scrubbed for (its number on the desk, without the B)", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Write the answer (line,number,problem) to this file instead of standard output" };
        var db = DatabaseOption.Create();
        var scrub = new Command("scrub", "Print only the numbers of a call list that the business may not call, and the rows that hold no number.") { list, business, output, db };
        scrub.SetAction(async (parsed, ct) =>
        {
            var file = parsed.GetValue(list)!;
            if (!file.Exists)
            {
                context.Error.WriteLine($"callwarden: no file '{file.FullName}'");
                return ExitCodes.BadInput;
            }

            await using var database = await CliDatabase.OpenAsync(parsed.GetValue(db), ct);
            await using var store = await database.Contexts.CreateDbContextAsync(ct);
            var id = parsed.GetValue(business);
            var marketed = await ScrubLog.MarketedByAsync(store, id, ct);
            if (marketed == Core.Registry.MarketingCategories.None)
            {
                context.Error.WriteLine($"callwarden: business B{id} has no approved marketing registration in {database.Location}; only such a business may scrub a list");
                return ExitCodes.BadInput;
            }

            var registry = await RegistryReader.ReadAsync(store, cancellationToken: ct);
            ScrubTally tally;
            await using (var input = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            {
                await using Stream answer = parsed.GetValue(output) is { } target
                    ? new FileStream(target.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true)
                    : new AsciiWriterStream(context.Output);
                tally = await new ListScrub(registry, marketed).ScrubCsvAsync(input, answer, ct);
            }

            await ScrubLog.RecordAsync(store, id, "cli", tally, context.Time.GetUtcNow(), ct);
            context.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"callwarden: scrubbed {tally.NumbersIn:N0} rows for B{id}: {tally.NumbersOut:N0} may not be called, {tally.BadRows:N0} held no number (see the problem column)"));
            return ExitCodes.Success;
        });
        return new Command("registry", "The refusal registry and the business registry.") { scrub };
    }
}
