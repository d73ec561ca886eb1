using System.CommandLine;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;
using CallWarden.Core.Text;
using CallWarden.Data.Access;
using CallWarden.Data.Registry;
using CallWarden.Storage;
using CallWarden.Web.Access;

namespace CallWarden.Cli;

/// <summary>
/// <c>callwarden keys create --name … --role … --scope …</c>: an API key for a machine (Kamailio,
/// a gateway), printed once; only its hash is stored.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Who uses the key, e.g. kamailio-edge-1", Required = true };
        var role = new Option<AccessRole>("--role") { Description = "client (machines), analyst, carrier_operator, admin", DefaultValueFactory = _ => AccessRole.Client, CustomParser = ParseRole };
        var scopes = new Option<string[]>("--scope") { Description = "Repeatable: " + string.Join(", ", Scopes.All), Required = true, AllowMultipleArgumentsPerToken = true };
        var carrier = new Option<string?>("--carrier") { Description = "For a carrier operator's key: china_mobile, china_unicom, china_telecom, china_broadnet" };
        var business = new Option<int?>("--business") { Description = "For a registry:scrub key: the business (its id) with an approved marketing registration that scrubs with it" };
        var db = DatabaseOption.Create();
        var create = new Command("create", "Create an API key and print it once.") { name, role, scopes, carrier, business, db };
        create.SetAction(async (parsed, ct) =>
        {
            var carrierCode = Carrier.Unknown;
            if (parsed.GetValue(carrier) is { } code && !CarrierNames.TryParseCode(code, out carrierCode))
            {
                context.Error.WriteLine($"callwarden: unknown carrier '{code}': use china_mobile, china_unicom, china_telecom or china_broadnet");
                return ExitCodes.BadInput;
            }

            var requested = parsed.GetValue(scopes)!;
            var unknown = requested.Where(s => !Scopes.All.Contains(s, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                context.Error.WriteLine($"callwarden: unknown scope '{unknown[0]}': use {string.Join(", ", Scopes.All)}");
                return ExitCodes.BadInput;
            }

            if (VisibleText.Problem(parsed.GetValue(name)!.Trim(), AccountRules.MaxKeyNameLength, multiline: false) is { } problem)
            {
                context.Error.WriteLine($"callwarden: the key name {problem}");
                return ExitCodes.BadInput;
            }

            var scrubber = parsed.GetValue(business);
            if (requested.Contains(Scopes.RegistryScrub, StringComparer.Ordinal) != scrubber.HasValue)
            {
                context.Error.WriteLine(scrubber.HasValue
                    ? "callwarden: --business binds a key that scrubs lists: add --scope registry:scrub"
                    : "callwarden: a registry:scrub key scrubs for one business: name it with --business <id> (see /desk/registry)");
                return ExitCodes.BadInput;
            }

            await using var database = await CliDatabase.OpenAsync(parsed.GetValue(db), ct);
            if (scrubber is { } scrubbing)
            {
                await using var store = await database.Contexts.CreateDbContextAsync(ct);
                if (await ScrubLog.MarketedByAsync(store, scrubbing, ct) == MarketingCategories.None)
                {
                    context.Error.WriteLine($"callwarden: business {scrubbing} has no approved marketing registration, so it has nothing to scrub for");
                    return ExitCodes.BadInput;
                }
            }

            var accounts = new AccessAccounts(database.Contexts, context.Time);
            var (id, secret) = await accounts.CreateKeyAsync(parsed.GetValue(name)!, parsed.GetValue(role), requested, carrierCode, scrubber, ct);
            context.Output.WriteLine(secret);
            context.Error.WriteLine($"callwarden: key {id} created in {database.Location}; it is shown only this once");
            return ExitCodes.Success;
        });
        return new Command("keys", "Manage API keys for machines.") { create };
    }

    private static AccessRole ParseRole(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Replace("_", string.Empty, StringComparison.Ordinal) : string.Empty;
        if (text.Equals("admin", StringComparison.OrdinalIgnoreCase))
        {
            return AccessRole.Administrator;
        }

        if (Enum.TryParse<AccessRole>(text, ignoreCase: true, out var role) && Enum.IsDefined(role))
        {
            return role;
        }

        result.AddError($"unknown role '{result.Tokens.FirstOrDefault()?.Value}': use client, analyst, carrier_operator or admin");
        return AccessRole.Client;
    }
}
