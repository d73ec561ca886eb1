using CallWarden.Core.Screening;
using CallWarden.Web.Problems;

namespace CallWarden.Web.Rules;

/// <summary>
/// Reads rules as a client wrote them: every entry's pattern in any written form (<c>0755*</c>)
/// becomes its canonical form and kind, then the whole set is validated.
/// </summary>
internal static class RulesInput
{
    /// <returns>The rules ready to save, or null with <paramref name="errors"/> naming each pattern and its problem.</returns>
    public static SubscriberRules? Read(SubscriberRules rules, string region, DateTimeOffset now, FieldErrors errors, string field = "entries")
    {
        var entries = rules.Entries ?? [];
        var canonical = new List<RuleEntry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { } entry)
            {
                errors.Add($"{field}[{i}]", "is missing");
                continue;
            }

            if (!RulePattern.TryParse(entry.Pattern, region, out var pattern, out var error))
            {
                errors.Add($"{field}[{i}].pattern", Describe(error), Code(error));
                continue;
            }

            canonical.Add(entry with { Pattern = pattern.Text, Kind = pattern.Kind, AddedAt = entry.AddedAt == default ? now : entry.AddedAt });
        }

        if (errors.Any)
        {
            return null;
        }

        var read = rules with { Entries = canonical };
        foreach (var problem in read.Validate(region))
        {
            errors.Add(Field(problem), problem);
        }

        return errors.Any ? null : read;
    }

    /// <summary>A whole set replaces what is stored, so it must say which version it replaces: a missing version is no silent 0.</summary>
    public static bool HasVersion(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && document.RootElement.EnumerateObject().Any(p => string.Equals(p.Name, "version", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The message and the problem's code, e.g. "… has letters … (letters)", so that a client can act on either.</summary>
    public static string Describe(RulePatternError error) => $"{error.Message} ({Code(error)})";

    /// <summary>The pattern problem as a code: <c>letters</c>, <c>leading_wildcard</c>.</summary>
    public static string Code(RulePatternError error) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(error.Problem.ToString());

    /// <summary>"Entries[3] pattern …" is reported under <c>entries[3]</c>, "ReputationThreshold must …" under <c>reputationThreshold</c>.</summary>
    private static string Field(string problem)
    {
        var key = problem.Split(' ', 2)[0];
        return key.Length == 0 ? "body" : char.ToLowerInvariant(key[0]) + key[1..];
    }
}
