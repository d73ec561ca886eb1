using CallWarden.Core.Screening;
using CallWarden.Web.Problems;

namespace CallWarden.Web.Rules;

/// <summary>Reads one entry from the words a request uses (<c>block</c>, <c>busy</c>, <c>0755*</c>).</summary>
internal static class RuleEntries
{
    public static RuleEntry? Read(string? pattern, string? effect, string? disposition, DateTimeOffset? expiresAt, string? note, DateTimeOffset now, string region, FieldErrors errors)
    {
        var blocks = effect switch
        {
            null or "block" => true,
            "allow" => false,
            _ => (bool?)null,
        };
        if (blocks is null)
        {
            errors.Add("effect", "must be allow or block");
        }

        var chosen = disposition is null ? (blocks == false ? Disposition.Allow : Disposition.Reject) : Dispositions.TryParseCode(disposition, out var d) ? d : (Disposition?)null;
        if (chosen is null || (blocks == true && !chosen.Value.Blocks()) || (blocks == false && chosen != Disposition.Allow))
        {
            errors.Add("disposition", blocks == false ? "an allow entry has no disposition" : "must be reject, busy, powered_off, not_in_service or voicemail");
        }

        if (expiresAt <= now)
        {
            errors.Add("expiresAt", "must be in the future");
        }

        if (!RuleEntry.TryCreate(pattern, blocks == false ? RuleEffect.Allow : RuleEffect.Block, chosen ?? Disposition.Reject, now, out var entry, out var error, expiresAt, note, region))
        {
            errors.Add("pattern", RulesInput.Describe(error), RulesInput.Code(error));
        }

        return errors.Any ? null : entry;
    }
}
