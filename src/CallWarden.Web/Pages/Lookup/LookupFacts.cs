using CallWarden.Core.Localization;
using CallWarden.Web.Numbers;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Lookup;

/// <summary>
/// One number's facts as the lookup page shows them, read once and kept by <see cref="LookupCache"/>
/// until <see cref="ValidUntil"/>. Its text in each language is composed on first need and kept too,
/// so a burst of lookups of one number only renders the page.
/// </summary>
internal sealed class LookupFacts(StoredNumber stored, WeeklyReports weeks, DateTimeOffset validUntil)
{
    private readonly LookupView?[] _views = new LookupView?[Enum.GetValues<DisplayLanguage>().Length];

    public StoredNumber Stored => stored;

    public WeeklyReports Weeks => weeks;

    /// <summary>The first moment the facts may be out of date: the refresh time, a restriction's end or the next week.</summary>
    public DateTimeOffset ValidUntil => validUntil;

    public LookupView ViewIn(DisplayLanguage language, IStringLocalizer<LookupText> text)
    {
        ref var slot = ref _views[(int)language];
        if (Volatile.Read(ref slot) is { } view)
        {
            return view;
        }

        // Two requests may compose it at once; the results are equal and the first one stays.
        var composed = LookupView.Compose(this, language, text);
        return Interlocked.CompareExchange(ref slot, composed, null) ?? composed;
    }
}
