using System.CommandLine;
using System.Globalization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden parse-sms --to 12321 [--from …] [--now …] [--json] &lt;text&gt;</c>: what the SMS channel
/// would make of a message, without storing anything.
/// </summary>
internal static class ParseSmsCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "The message text, e.g. 13912345678*2026-11-28 14:30" };
        var to = new Option<string>("--to") { Description = "The service number the message was sent to (12321, 10086999, 10010999, 10000999)", Required = true };
        var from = new Option<string?>("--from") { Description = "The sender's number" };
        var now = new Option<string?>("--now") { Description = "Parse as if received at this ISO 8601 time (default: now)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("parse-sms", "Parse an SMS sent to a report service number into a report, a command or a refusal with help.") { text, to, from, now, json };
        command.SetAction(parsed =>
        {
            var clock = context.Time;
            if (parsed.GetValue(now) is { } nowText)
            {
                if (!DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    context.Error.WriteLine($"callwarden: --now '{nowText}' is not an ISO 8601 time such as 2026-11-29T10:00:00+08:00");
                    return ExitCodes.BadInput;
                }

                clock = new FixedTimeProvider(instant);
            }

            var parser = new SmsCommandParser(clock, new SmsGrammarOptions());
            var result = parser.Parse(parsed.GetValue(to)!, parsed.GetValue(text)!, parsed.GetValue(from));
            var view = SmsParseView.From(result);
            if (parsed.GetValue(json))
            {
                CliJson.Write(context.Output, view);
            }
            else
            {
                SmsParseView.Render(context.Output, view);
            }

            if (result is SmsRefusal refusal)
            {
                context.Error.WriteLine($"callwarden: refused ({SmsParseView.Snake(refusal.Reason.ToString())}): {refusal.Reply.ReplaceLineEndings(" ")}");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Success;
        });

        return command;
    }
}
