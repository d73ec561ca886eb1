using System.CommandLine;
using System.Globalization;
using CallWarden.Core.Screening;
using CallWarden.Data.Rules;
using CallWarden.Hosting;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden rules dry-run</c>: which past calls an entry would have treated differently, before
/// it is added (so that <c>0755*</c> shows the dentist it would have blocked).
/// </summary>
internal static class RulesDryRunVerb
{
    public static Command Create(CliContext context)
    {
        var subscriber = RulesCommand.SubscriberOption();
        var pattern = RulesCommand.PatternOption();
        var allow = new Option<bool>("--allow") { Description = "Try an allowlist entry" };
        var block = new Option<bool>("--block") { Description = "Try a blocklist entry (the default)" };
        var disposition = new Option<string?>("--disposition") { Description = "For a block: reject (default), busy, powered_off, not_in_service, voicemail" };
        var calls = new Option<FileInfo?>("--calls") { Description = "CSV of caller,time (ISO 8601); without it, the decision log of the last 30 days" };
        var json = new Option<bool>("--json") { Description = "Print the changes as JSON" };
        var db = DatabaseOption.Create();
        var dryRun = new Command("dry-run", "Show which past calls the entry would have treated differently.") { subscriber, pattern, allow, block, disposition, calls, json, db };
        dryRun.SetAction(async (parsed, ct) =>
        {
            if (RulesCommand.ReadSubscriber(context, parsed.GetValue(subscriber)!) is not { } number
                || RulesCommand.ReadEntry(context, parsed.GetValue(pattern)!, parsed.GetValue(allow), parsed.GetValue(block), parsed.GetValue(disposition), null, null) is not { } entry)
            {
                return ExitCodes.BadInput;
            }

            var file = parsed.GetValue(calls);
            var past = file is null ? null : ReadCalls(context, file, number);
            if (file is not null && past is null)
            {
                return ExitCodes.BadInput;
            }

            DecidingServices deciding;
            try
            {
                deciding = await DecidingServices.OpenAsync(context, parsed.GetValue(db), context.Time, ct);
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException e)
            {
                context.Error.WriteLine("callwarden: settings: " + string.Join("; ", e.Failures));
                return ExitCodes.BadInput;
            }

            await using var services = deciding;
            await using var store = await services.Contexts.CreateDbContextAsync(ct);
            var current = await SubscriberRuleStore.LoadAsync(store, number, ct);
            var proposed = current with { Entries = [.. current.Entries.Where(e => e.Pattern != entry.Pattern), entry] };
            // The server's engine with the server's settings, so the dry run shows what serve would do.
            var engine = services.Engine;
            var outcomes = await RulesDryRun.EvaluateAsync(store, engine, services.RecentCalls, number, proposed, past, context.Time.GetUtcNow(), ct);
            var changes = outcomes.Where(o => o.Changed).ToList();
            if (parsed.GetValue(json))
            {
                CliJson.Write(context.Output, changes.Select(o => new
                {
                    caller = o.Call.Caller, at = o.Call.At, current = o.Current.Action.ToCode(), proposed = o.Proposed.Action.ToCode(), reason = o.Proposed.Explanation.Text,
                }));
            }
            else
            {
                foreach (var o in changes)
                {
                    var at = o.Call.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                    context.Output.WriteLine($"{at}  {o.Call.Caller,-16}  {o.Current.Action.ToCode()} -> {o.Proposed.Action.ToCode()}  {CliText.Plain(o.Proposed.Explanation.Text)}");
                }
            }

            context.Error.WriteLine($"callwarden: {changes.Count} of {outcomes.Count} calls would change with {entry.Pattern}");
            return ExitCodes.Success;
        });
        return dryRun;
    }

    /// <summary>The calls of a <c>caller,time</c> CSV (a header line is skipped), or null after one line on stderr.</summary>
    private static List<PastCall>? ReadCalls(CliContext context, FileInfo file, long subscriber)
    {
        if (!file.Exists)
        {
            context.Error.WriteLine($"callwarden: --calls {file.FullName} does not exist");
            return null;
        }

        var callee = "+" + subscriber.ToString(CultureInfo.InvariantCulture);
        List<PastCall> calls = [];
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || (lineNumber == 1 && line.StartsWith("caller", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(',', 2, StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[0].Length is 0 or > RulePattern.MaxTextLength
                || !DateTimeOffset.TryParse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                context.Error.WriteLine($"callwarden: --calls line {lineNumber} is not 'caller,time' (e.g. 075588889999,2026-11-20T10:00:00+08:00)");
                return null;
            }

            calls.Add(new PastCall(fields[0], callee, at));
        }

        return calls;
    }
}
