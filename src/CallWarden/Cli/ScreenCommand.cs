using System.CommandLine;
using System.Globalization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Screening;
using CallWarden.Hosting;
using Microsoft.Extensions.Options;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden screen --caller … --callee … [--at …] [--presentation restricted] [--attest A] [--json]</c>:
/// what the screening engine would do with a call, against the store's community snapshot and the callee's rules.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliContext context)
    {
        var caller = new Option<string>("--caller") { Description = "The calling number as signalled, or 'anonymous'", Required = true };
        var callee = new Option<string>("--callee") { Description = "The subscriber being called", Required = true };
        var at = new Option<string?>("--at") { Description = "When the call arrives, ISO 8601 (default: now)" };
        var presentation = new Option<string>("--presentation") { Description = "allowed, restricted or unavailable", DefaultValueFactory = _ => "allowed" };
        var attest = new Option<string?>("--attest") { Description = "STIR/SHAKEN attestation A, B or C" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var db = DatabaseOption.Create();
        var command = new Command("screen", "Decide what screening does with a call and print every reason.") { caller, callee, at, presentation, attest, json, db };
        command.SetAction(async (parsed, ct) =>
        {
            var when = context.Time.GetUtcNow();
            if (parsed.GetValue(at) is { } atText && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when))
            {
                return Bad($"--at '{atText}' is not an ISO 8601 time such as 2026-11-28T22:30:00+08:00");
            }

            Presentation? shown = parsed.GetValue(presentation) switch
            {
                "allowed" => Presentation.Normal,
                "restricted" => Presentation.Restricted,
                "unavailable" => Presentation.Unavailable,
                _ => null,
            };
            if (shown is null)
            {
                return Bad($"--presentation '{parsed.GetValue(presentation)}' must be allowed, restricted or unavailable");
            }

            var attestation = parsed.GetValue(attest);
            if (attestation is not (null or "A" or "B" or "C"))
            {
                return Bad($"--attest '{attestation}' must be A, B or C");
            }

            DecidingServices deciding;
            try
            {
                deciding = await DecidingServices.OpenAsync(context, parsed.GetValue(db), new FixedTimeProvider(when), ct);
            }
            catch (OptionsValidationException e)
            {
                return Bad("settings: " + string.Join("; ", e.Failures));
            }

            await using var services = deciding;
            var engine = services.Engine;
            var subscriber = PhoneNumberNormalizer.Default.Normalize(parsed.GetValue(callee)!, engine.Options.Region);
            if (!subscriber.IsValid)
            {
                return Bad($"--callee '{parsed.GetValue(callee)}' is not a phone number, e.g. 13912345678");
            }

            var community = await services.Community.LoadAsync(ct);
            var rules = await services.Rules.GetAsync(subscriber.E164, ct);
            var request = new ScreeningRequest(parsed.GetValue(caller)!, parsed.GetValue(callee)!, when, attestation, Presentation: shown.Value);
            var decision = engine.Decide(request, rules, community);
            if (parsed.GetValue(json))
            {
                CliJson.Write(context.Output, new
                {
                    action = decision.Action.ToCode(),
                    sipCode = decision.SipCode,
                    label = decision.Label,
                    rule = decision.DecidedBy.RuleId,
                    reasons = decision.Reasons.Select(r => new { rule = r.RuleId, outcome = r.Outcome.ToCode(), decisive = r.Decisive, text = r.Text }),
                    target = decision.Contact,
                    communityVersion = decision.CommunityVersion,
                    rulesVersion = decision.RulesVersion,
                });
                return ExitCodes.Success;
            }

            var label = decision.Label is null ? string.Empty : $" label \"{decision.Label}\"";
            context.Output.WriteLine($"{decision.Action.ToCode()} (SIP {decision.SipCode}) by {decision.DecidedBy.RuleId}{label}");
            foreach (var reason in decision.Reasons)
            {
                context.Output.WriteLine($"  {(reason.Decisive ? '*' : '-')} {reason.RuleId} → {reason.Outcome.ToCode()}: {CliText.Plain(reason.Text)}");
            }

            return ExitCodes.Success;
        });
        return command;

        int Bad(string message)
        {
            context.Error.WriteLine("callwarden: " + message);
            return ExitCodes.BadInput;
        }
    }
}
