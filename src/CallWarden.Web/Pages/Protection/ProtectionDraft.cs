using System.Globalization;
using CallWarden.Core.Localization;
using CallWarden.Core.Screening;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Protection;

/// <summary>
/// The rules a <see cref="ProtectionForm"/> asks for, written on top of the stored ones. Only the
/// form's own mistakes are found here (a time that is no time, a score that is no number, a choice
/// the page never offered); the rules themselves are checked by <c>RulesEditor</c>, as the API's are.
/// </summary>
/// <param name="BlockIndex">Where the new block entry is in <see cref="Rules"/>' entries, so that its problems are shown beside its field.</param>
internal sealed record ProtectionDraft(SubscriberRules Rules, int? BlockIndex, int? AllowIndex)
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "HH:mm:ss"];

    /// <param name="refuse">Called with the form field (<c>Input.Threshold</c>) and the message for each mistake.</param>
    public static ProtectionDraft Read(ProtectionForm form, SubscriberRules stored, DisplayLanguage language, IStringLocalizer<ProtectionText> text, Action<string, string> refuse)
    {
        var answer = Dispositions.TryParseCode(form.Answer, out var chosen) && chosen.Blocks() ? chosen : (Disposition?)null;
        if (answer is null)
        {
            refuse("Input.Answer", text["ChoiceMissing"]);
        }

        var blocked = answer ?? stored.ReputationDisposition;
        List<RuleEntry> entries = [.. stored.Entries
            .Where(e => !form.Remove.Contains(e.Pattern, StringComparer.Ordinal))
            .Select(e => e.Effect == RuleEffect.Block ? e with { Disposition = blocked } : e)];
        int? blockIndex = null, allowIndex = null;
        if (!string.IsNullOrWhiteSpace(form.BlockPattern))
        {
            blockIndex = entries.Count;
            entries.Add(new RuleEntry(form.BlockPattern.Trim(), PatternKind.Exact, RuleEffect.Block, blocked, default, Note: Note(form.BlockNote)));
        }

        if (!string.IsNullOrWhiteSpace(form.AllowPattern))
        {
            allowIndex = entries.Count;
            entries.Add(new RuleEntry(form.AllowPattern.Trim(), PatternKind.Exact, RuleEffect.Allow, Disposition.Allow, default, Note: Note(form.AllowNote)));
        }

        var rules = stored with
        {
            Language = language,
            Entries = entries,
            ContactsOnly = form.ContactsOnly ? blocked : Disposition.Allow,
            Anonymous = Choice(form.Anonymous, "Input.Anonymous", stored.Anonymous),
            International = Choice(form.International, "Input.International", stored.International),
            QuietHours = Quiet(form, stored.QuietHours, blocked, text, refuse),
            LabelOnly = form.Community switch
            {
                ProtectionForm.Label => true,
                ProtectionForm.Block => false,
                _ => Refused("Input.Community", stored.LabelOnly),
            },
            ReputationThreshold = Threshold(form, stored.ReputationThreshold, text, refuse),
            ReputationDisposition = blocked,
        };
        return new ProtectionDraft(rules, blockIndex, allowIndex);

        Disposition Choice(string? choice, string field, Disposition kept) => choice switch
        {
            ProtectionForm.Allow => Disposition.Allow,
            ProtectionForm.Label => Disposition.Label,
            ProtectionForm.Block => blocked,
            _ => Refused(field, kept),
        };

        T Refused<T>(string field, T kept)
        {
            refuse(field, text["ChoiceMissing"]);
            return kept;
        }
    }

    /// <summary>The rules as checked, with a later entry for the same pattern replacing an earlier one (as adding an entry through the API does).</summary>
    public static SubscriberRules LastOfEachPattern(SubscriberRules rules)
    {
        var last = rules.Entries.Select((e, i) => (e.Pattern, i)).GroupBy(p => p.Pattern, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(p => p.i), StringComparer.Ordinal);
        return rules with { Entries = [.. rules.Entries.Where((e, i) => last[e.Pattern] == i)] };
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static QuietHours? Quiet(ProtectionForm form, QuietHours? stored, Disposition blocked, IStringLocalizer<ProtectionText> text, Action<string, string> refuse)
    {
        var from = form.QuietFrom?.Trim();
        var to = form.QuietTo?.Trim();
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to))
        {
            return null;
        }

        var start = Time(from, "Input.QuietFrom");
        var end = Time(to, "Input.QuietTo");
        return start is { } s && end is { } e ? new QuietHours(s, e, stored?.Days, blocked) : stored;

        TimeOnly? Time(string? written, string field)
        {
            if (string.IsNullOrEmpty(written))
            {
                refuse(field, text["QuietBoth"]);
                return null;
            }

            if (written.Length <= 8 && TimeOnly.TryParseExact(written, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }

            refuse(field, text["QuietFormat"]);
            return null;
        }
    }

    private static int Threshold(ProtectionForm form, int stored, IStringLocalizer<ProtectionText> text, Action<string, string> refuse)
    {
        var written = form.Threshold?.Trim();
        if (string.IsNullOrEmpty(written) && form.Community == ProtectionForm.Label)
        {
            return stored;
        }

        if (written is { Length: <= 6 } && int.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var threshold))
        {
            return threshold;
        }

        refuse("Input.Threshold", text["ThresholdFormat", SubscriberRules.MinReputationThreshold]);
        return stored;
    }
}
