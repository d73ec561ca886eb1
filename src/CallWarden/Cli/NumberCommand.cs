using System.CommandLine;
using CallWarden.Core.Numbers;
using Spectre.Console;

using CallWarden.Core.Localization;

namespace CallWarden.Cli;

/// <summary><c>callwarden number &lt;text&gt; [--region CN] [--lang zh-Hans] [--json]</c>: normalise and attribute a number.</summary>
internal static class NumberCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "The number as written: 139 1234 5678, +86…, 0755-88889999, 95588, (202) 555-0123 …" };
        var region = new Option<string>("--region") { Description = "ISO 3166 region the number was dialled in", DefaultValueFactory = _ => "CN" };
        var language = new Option<string>("--lang") { Description = "Language of carrier and place names: zh-Hans, zh-Hant or en", DefaultValueFactory = _ => "zh-Hans" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var command = new Command("number", "Normalise a phone number to E.164 and tell its kind, carrier and region.") { text, region, language, json };
        command.SetAction(parsed =>
        {
            var regionCode = parsed.GetValue(region)!.Trim().ToUpperInvariant();
            if (!PhoneNumberNormalizer.SupportedRegions.Contains(regionCode))
            {
                context.Error.WriteLine($"callwarden: unknown region '{regionCode}': use an ISO 3166 code such as CN or US");
                return ExitCodes.BadInput;
            }

            var input = parsed.GetValue(text)!;
            var number = PhoneNumberNormalizer.Default.Normalize(input, regionCode);
            var attribution = NumberAttributor.Default.Attribute(number, DisplayLanguages.FromCultureName(parsed.GetValue(language)));
            var result = new NumberResult(
                input,
                number.IsValid ? number.ToE164String() : null,
                number.Kind,
                attribution.CarrierName,
                JoinPlace(attribution.Province, attribution.City),
                number.IsValid);

            if (parsed.GetValue(json))
            {
                CliJson.Write(context.Output, result);
            }
            else
            {
                Render(context.Output, result);
            }

            if (!number.IsValid)
            {
                context.Error.WriteLine(number.Kind == NumberKind.Anonymous
                    ? $"callwarden: '{input}' is a withheld caller, not a number"
                    : $"callwarden: '{input}' is not a valid phone number in region {regionCode}");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Success;
        });

        return command;
    }

    private static string? JoinPlace(string? province, string? city) =>
        province is null ? null : city is null ? province : $"{province} {city}";

    private static void Render(TextWriter output, NumberResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        var table = new Table().HideHeaders().AddColumn("field").AddColumn("value");
        table.AddRow("input", CliText.Cell(result.Input));
        table.AddRow("e164", Markup.Escape(result.E164 ?? "—"));
        table.AddRow("kind", result.Kind.ToString());
        table.AddRow("carrier", Markup.Escape(result.Carrier ?? "—"));
        table.AddRow("region", Markup.Escape(result.Region ?? "—"));
        table.AddRow("valid", result.Valid ? "[green]yes[/]" : "[red]no[/]");
        console.Write(table);
    }

    private sealed record NumberResult(string Input, string? E164, NumberKind Kind, string? Carrier, string? Region, bool Valid);
}
