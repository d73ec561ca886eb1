using System.CommandLine;
using System.Globalization;
using CallWarden.Data.Evidence;
using CallWarden.Data.Privacy;
using CallWarden.Storage;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden retention [--dry-run] [--policy file] [--evidence folder]</c>: what the retention policy removes
/// now, kind by kind with the oldest ids (issue #10 part 3); without <c>--dry-run</c> it removes it, as the sweep
/// of <c>serve</c> does every round. A bad policy file is one line naming its key, exit code 2.
/// </summary>
internal static class RetentionCommand
{
    public static Command Create(CliContext context)
    {
        var db = DatabaseOption.Create();
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would be removed; change nothing" };
        var policy = new Option<string?>("--policy")
        {
            Description = "The retention policy file; default Privacy:RetentionFile, else the shipped policy (decisions 30d, raw SMS/mail 180d, reporters of closed cases 2y, evidence 1y after its case)",
        };
        var evidence = new Option<string?>("--evidence") { Description = "The evidence folder; default Evidence:Folder, else " + new EvidenceOptions().Folder };
        var command = new Command("retention", "Apply the retention policy to the store, or with --dry-run show what it would remove.") { db, dryRun, policy, evidence };
        command.SetAction((parsed, ct) => RunAsync(context, parsed.GetValue(db), parsed.GetValue(dryRun), parsed.GetValue(policy), parsed.GetValue(evidence), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? dbOption, bool dryRun, string? policyFile, string? evidenceFolder, CancellationToken ct)
    {
        var (policy, problem) = RetentionFile.Read(policyFile ?? Setting(context, "Privacy:RetentionFile"));
        if (policy is null)
        {
            context.Error.WriteLine($"callwarden: {problem}");
            return ExitCodes.BadInput;
        }

        await using var database = await CliDatabase.OpenAsync(dbOption, ct);
        var folder = evidenceFolder ?? Setting(context, "Evidence:Folder") ?? new EvidenceOptions().Folder;
        var sweep = new RetentionSweep(database.Contexts, policy, new EvidenceStore(database.Contexts, folder));
        var now = context.Time.GetUtcNow();
        var items = dryRun ? await sweep.PlanAsync(now, ct) : await sweep.ApplyAsync(now, ct);
        foreach (var item in items)
        {
            var oldest = item.OldestIds.Count == 0 ? string.Empty : "; oldest ids " + string.Join(", ", item.OldestIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            context.Output.WriteLine($"{item.Kind}: {item.Count.ToString(CultureInfo.InvariantCulture)} {(dryRun ? "would go" : "removed")} (before {item.Before.ToUniversalTime():yyyy-MM-dd HH:mm} UTC{oldest})");
        }

        context.Output.WriteLine(dryRun ? $"Dry run: nothing was changed in {database.Location}" : $"Applied to {database.Location}");
        return ExitCodes.Success;
    }

    private static string? Setting(CliContext context, string key) =>
        context.Settings is { } settings && settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
