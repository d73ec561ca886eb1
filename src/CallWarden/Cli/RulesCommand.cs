using System.CommandLine;
using System.Globalization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Data.Rules;
using CallWarden.Storage;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden rules add|list|remove|dry-run --subscriber …</c>: a subscriber's personal allowlist
/// and blocklist, kept in the store and carried to every node by the change feed.
/// </summary>
internal static class RulesCommand
{
    /// <summary>Where numbers and patterns are read: the engine's default region.</summary>
    public static readonly string Region = new ScreeningOptions().Region;

    public static Command Create(CliContext context) => new("rules", "Manage a subscriber's personal allowlist and blocklist.")
    {
        Add(context),
        List(context),
        Remove(context),
        RulesDryRunVerb.Create(context),
    };

    public static Option<string> SubscriberOption() => new("--subscriber") { Description = "The subscriber's number, e.g. 13800138000", Required = true };

    public static Option<string> PatternOption() => new("--pattern") { Description = "Exact, prefix or wildcard: 13912345678, 0755*, +234*, 139****5678", Required = true };

    /// <summary>The subscriber's E.164 value, or null after one line on stderr.</summary>
    public static long? ReadSubscriber(CliContext context, string written)
    {
        var number = written.Length <= RulePattern.MaxTextLength ? PhoneNumberNormalizer.Default.Normalize(written, Region) : PhoneNumber.Invalid;
        if (number.IsValid)
        {
            return number.E164;
        }

        context.Error.WriteLine($"callwarden: --subscriber '{(written.Length > 24 ? written[..24] + "…" : written)}' is not a phone number, e.g. 13800138000 or +8613800138000");
        return null;
    }

    private static Command Add(CliContext context)
    {
        var subscriber = SubscriberOption();
        var pattern = PatternOption();
        var allow = new Option<bool>("--allow") { Description = "Let matching callers through (an allowlist entry)" };
        var block = new Option<bool>("--block") { Description = "Stop matching callers (the default)" };
        var disposition = new Option<string?>("--disposition") { Description = "For a block: reject (default), busy, powered_off, not_in_service, voicemail" };
        var expires = new Option<string?>("--expires") { Description = "When the entry stops applying, ISO 8601, e.g. 2026-12-31T00:00:00+08:00" };
        var note = new Option<string?>("--note") { Description = "Your own words, e.g. dentist" };
        var db = DatabaseOption.Create();
        var add = new Command("add", "Add an entry, replacing one with the same pattern.") { subscriber, pattern, allow, block, disposition, expires, note, db };
        add.SetAction(async (parsed, ct) =>
        {
            if (ReadSubscriber(context, parsed.GetValue(subscriber)!) is not { } number
                || ReadEntry(context, parsed.GetValue(pattern)!, parsed.GetValue(allow), parsed.GetValue(block), parsed.GetValue(disposition), parsed.GetValue(expires), parsed.GetValue(note)) is not { } entry)
            {
                return ExitCodes.BadInput;
            }

            await using var database = await CliDatabase.OpenAsync(parsed.GetValue(db), ct);
            await using var store = await database.Contexts.CreateDbContextAsync(ct);
            var current = await SubscriberRuleStore.LoadAsync(store, number, ct);
            var proposed = current with { Entries = [.. current.Entries.Where(e => e.Pattern != entry.Pattern), entry] };
            if (proposed.Validate(Region) is [var problem, ..])
            {
                context.Error.WriteLine($"callwarden: {problem}");
                return ExitCodes.BadInput;
            }

            return Report(context, await SubscriberRuleStore.SaveAsync(store, number, proposed, current.Version, context.Time.GetUtcNow(), Region, ct), $"added {entry.Pattern}");
        });
        return add;
    }

    private static Command List(CliContext context)
    {
        var subscriber = SubscriberOption();
        var json = new Option<bool>("--json") { Description = "Print the whole rule set as JSON" };
        var db = DatabaseOption.Create();
        var list = new Command("list", "List a subscriber's entries.") { subscriber, json, db };
        list.SetAction(async (parsed, ct) =>
        {
            if (ReadSubscriber(context, parsed.GetValue(subscriber)!) is not { } number)
            {
                return ExitCodes.BadInput;
            }

            await using var database = await CliDatabase.OpenAsync(parsed.GetValue(db), ct);
            await using var store = await database.Contexts.CreateDbContextAsync(ct);
            var rules = await SubscriberRuleStore.LoadAsync(store, number, ct);
            if (parsed.GetValue(json))
            {
                CliJson.Write(context.Output, rules);
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"{"pattern",-20} {"kind",-9} {"effect",-6} {"disposition",-15} {"expires (UTC)",-17} note");
            foreach (var e in rules.Entries)
            {
                var until = e.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never";
                context.Output.WriteLine($"{e.Pattern,-20} {e.Kind.ToString().ToLowerInvariant(),-9} {e.Effect.ToString().ToLowerInvariant(),-6} {e.Disposition.ToCode(),-15} {until,-17} {CliText.Plain(e.Note)}");
            }

            context.Error.WriteLine($"callwarden: {rules.Entries.Count} entries, version {rules.Version}");
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command Remove(CliContext context)
    {
        var subscriber = SubscriberOption();
        var pattern = PatternOption();
        var db = DatabaseOption.Create();
        var remove = new Command("remove", "Remove the entry with this pattern (any written form of it).") { subscriber, pattern, db };
        remove.SetAction(async (parsed, ct) =>
        {
            if (ReadSubscriber(context, parsed.GetValue(subscriber)!) is not { } number)
            {
                return ExitCodes.BadInput;
            }

            if (!RulePattern.TryParse(parsed.GetValue(pattern), Region, out var canonical, out var error))
            {
                context.Error.WriteLine($"callwarden: {error.Message}");
                return ExitCodes.BadInput;
            }

            await using var database = await CliDatabase.OpenAsync(parsed.GetValue(db), ct);
            await using var store = await database.Contexts.CreateDbContextAsync(ct);
            var current = await SubscriberRuleStore.LoadAsync(store, number, ct);
            if (!current.Entries.Any(e => e.Pattern == canonical.Text))
            {
                context.Error.WriteLine($"callwarden: no entry {canonical.Text} for +{number}");
                return ExitCodes.BadInput;
            }

            var proposed = current with { Entries = [.. current.Entries.Where(e => e.Pattern != canonical.Text)] };
            return Report(context, await SubscriberRuleStore.SaveAsync(store, number, proposed, current.Version, context.Time.GetUtcNow(), Region, ct), $"removed {canonical.Text}");
        });
        return remove;
    }

    /// <summary>An entry from the options, or null after one line on stderr.</summary>
    public static RuleEntry? ReadEntry(CliContext context, string pattern, bool allow, bool block, string? disposition, string? expires, string? note)
    {
        string? problem = null;
        var chosen = allow ? Disposition.Allow : Disposition.Reject;
        DateTimeOffset? until = null;
        if (allow && block)
        {
            problem = "--allow and --block exclude each other";
        }
        else if (disposition is not null && (!Dispositions.TryParseCode(disposition, out chosen) || allow || !chosen.Blocks()))
        {
            problem = allow ? "an --allow entry takes no --disposition" : $"unknown --disposition '{disposition}': use reject, busy, powered_off, not_in_service or voicemail";
        }
        else if (expires is not null)
        {
            if (!DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                problem = $"--expires '{expires}' is not an ISO 8601 time, e.g. 2026-12-31T00:00:00+08:00";
            }
            else if (at <= context.Time.GetUtcNow())
            {
                problem = $"--expires {expires} is not in the future";
            }

            until = at;
        }

        if (problem is null && note?.Length > 200)
        {
            problem = "--note is longer than 200 characters";
        }

        if (problem is null)
        {
            if (RuleEntry.TryCreate(pattern, allow ? RuleEffect.Allow : RuleEffect.Block, chosen, context.Time.GetUtcNow(), out var entry, out var error, until, note, Region))
            {
                return entry;
            }

            problem = error.Message;
        }

        context.Error.WriteLine($"callwarden: {problem}");
        return null;
    }

    private static int Report(CliContext context, SubscriberRules? saved, string what)
    {
        if (saved is null)
        {
            context.Error.WriteLine("callwarden: the rules changed while this ran; run the command again");
            return ExitCodes.Failure;
        }

        context.Error.WriteLine($"callwarden: {what}; rules now at version {saved.Version}");
        return ExitCodes.Success;
    }
}
