using System.CommandLine;
using CallWarden.Voice.Prompts;
using CallWarden.Voice.ReportLine;
using Spectre.Console;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden voice prompts [--folder data/prompts] [--espeak path]</c>: renders the voice service's
/// prompts with espeak-ng into the prompt folder that <c>serve</c> loads (issue #11 part 2). Only prompts
/// whose text changed since the last run are rendered again. espeak-ng missing or failing is one line
/// on stderr naming the fix, exit code 1.
/// </summary>
internal static class VoiceCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Option<string?>("--folder")
        {
            Description = $"The prompt folder; default {ReportLineOptions.Section}:{nameof(ReportLineOptions.PromptFolder)}, else {new ReportLineOptions().PromptFolder}",
        };
        var espeak = new Option<string?>("--espeak") { Description = "The espeak-ng program; default espeak-ng on the PATH" };
        var prompts = new Command("prompts", "Render the voice prompts (Mandarin, Cantonese, English) to 8 kHz G.711 with espeak-ng; only changed ones are rendered again.") { folder, espeak };
        prompts.SetAction((parsed, ct) => RenderAsync(context, parsed.GetValue(folder), parsed.GetValue(espeak), ct));
        return new Command("voice", "The voice service: report line and announcements for blocked calls.") { prompts };
    }

    private static async Task<int> RenderAsync(CliContext context, string? folderOption, string? espeakOption, CancellationToken ct)
    {
        var folder = folderOption ?? Setting(context, $"{ReportLineOptions.Section}:{nameof(ReportLineOptions.PromptFolder)}") ?? new ReportLineOptions().PromptFolder;
        var espeak = espeakOption is null ? EspeakNg.Find() : File.Exists(espeakOption) ? new EspeakNg(espeakOption) : null;
        if (espeak is null)
        {
            context.Error.WriteLine($"callwarden: espeak-ng is not installed{(espeakOption is null ? string.Empty : $" at {espeakOption}")}: {EspeakNg.InstallHint}");
            return ExitCodes.Failure;
        }

        var renderer = new PromptRenderer(espeak, PromptTexts.Shipped);
        try
        {
            PromptRenderSummary summary;
            if (context.Interactive)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Output), Interactive = InteractionSupport.Yes });
                summary = await console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("rendering prompts", maxValue: VoiceLanguages.All.Count * PromptKeys.All.Count);
                    return await renderer.RenderAsync(folder, new Progress(p => task.Value = p.Done), ct);
                });
            }
            else
            {
                summary = await renderer.RenderAsync(folder, new Progress(p =>
                {
                    if (p.Rendered)
                    {
                        context.Output.WriteLine($"rendered {p.Language.FileTag()}/{p.Key} ({p.Done}/{p.Total})");
                    }
                }), ct);
            }

            context.Output.WriteLine($"{summary.Rendered} prompts rendered, {summary.Kept} already up to date, in {summary.Folder}");
            return ExitCodes.Success;
        }
        catch (PromptRenderingException e)
        {
            context.Error.WriteLine($"callwarden: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"callwarden: cannot write the prompt folder {folder}: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static string? Setting(CliContext context, string key) =>
        context.Settings is { } settings && settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Reports on the renderer's own thread, in order (System.Progress would post to the thread pool).</summary>
    private sealed class Progress(Action<PromptProgress> report) : IProgress<PromptProgress>
    {
        public void Report(PromptProgress value) => report(value);
    }
}
