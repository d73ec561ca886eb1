using CallWarden.Core.Localization;
using CallWarden.Core.Screening;

namespace CallWarden.Web.Pages.Protection;

/// <summary>
/// The dry run as the page shows it: how many of the recent calls the proposed rules would block,
/// and the calls they would block or treat differently, newest first, each with its reasons
/// written again in the reader's language (the engine keeps the reasons' data, not only their text).
/// </summary>
internal sealed record RulesPreview(int Examined, int BlockedThen, int BlockedNow, IReadOnlyList<PreviewCall> Calls, int NotListed)
{
    /// <summary>The page lists at most this many calls; the count covers them all.</summary>
    public const int Listed = 50;

    public static RulesPreview Of(IReadOnlyList<DryRunOutcome> outcomes, DisplayLanguage language)
    {
        var shown = outcomes.Where(o => o.Changed || o.Proposed.Action.Blocks()).OrderByDescending(o => o.Call.At).ToList();
        return new RulesPreview(
            outcomes.Count,
            outcomes.Count(o => o.Proposed.Action.Blocks()),
            outcomes.Count(o => o.Current.Action.Blocks()),
            [.. shown.Take(Listed).Select(o => new PreviewCall(
                o.Call.At,
                string.IsNullOrEmpty(o.Call.Caller) ? null : o.Call.Caller,
                o.Current.Action,
                o.Proposed.Action,
                [.. o.Proposed.Reasons.Select(r => new PreviewReason((r with { Language = language }).Text, r.Decisive))]))],
            Math.Max(0, shown.Count - Listed));
    }
}
