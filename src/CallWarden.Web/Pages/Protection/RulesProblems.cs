using System.Text.RegularExpressions;
using CallWarden.Core.Screening;
using CallWarden.Web.Problems;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Protection;

/// <summary>
/// Words each problem <c>RulesEditor</c> found (the API's field and code) for the form: beside the
/// field that caused it, in the reader's language, saying how to fix it.
/// </summary>
internal static partial class RulesProblems
{
    public static (string Field, string Message) Of(FieldProblem problem, ProtectionDraft draft, IStringLocalizer<ProtectionText> text)
    {
        var entry = EntryField().Match(problem.Field);
        if (entry.Success)
        {
            var index = int.Parse(entry.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var isPattern = entry.Groups[2].Success;
            var (pattern, note) = index == draft.BlockIndex ? ("Input.BlockPattern", "Input.BlockNote")
                : index == draft.AllowIndex ? ("Input.AllowPattern", "Input.AllowNote")
                : ("Input.BlockPattern", "Input.BlockPattern");
            if (isPattern)
            {
                var worded = text["Pattern_" + problem.Code];
                return (pattern, worded.ResourceNotFound ? text["Pattern_other"] : worded);
            }

            return note == pattern ? (pattern, text["RulesProblem"]) : (note, text["NoteTooLong", RuleEntry.MaxNoteLength]);
        }

        return problem.Field switch
        {
            "entries" => ("Input.BlockPattern", text["TooManyEntries"]),
            "reputationThreshold" => ("Input.Threshold", text["ThresholdRange", SubscriberRules.MinReputationThreshold]),
            "quietHours" => ("Input.QuietTo", text["QuietSame"]),
            _ => ("Input.BlockPattern", text["RulesProblem"]),
        };
    }

    [GeneratedRegex(@"^entries\[(\d+)\](\.pattern)?$")]
    private static partial Regex EntryField();
}
