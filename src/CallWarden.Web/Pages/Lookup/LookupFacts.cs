using CallWarden.Core.Localization;
using CallWarden.Web.Numbers;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Lookup;

/// <summary>
/// One number's facts as the lookup page shows them, read once and kept by <see cref="LookupCache"/>
/// until <see cref="ValidUntil"/>. Its text and its rendered HTML in each language are made on first
/// need and kept too, so a burst of lookups of one number only renders the layout around them.
/// </summary>
internal sealed class LookupFacts(StoredNumber stored, WeeklyReports weeks, DateTimeOffset validUntil)
{
    private static readonly int Languages = Enum.GetValues<DisplayLanguage>().Length;

    private readonly LookupView?[] _views = new LookupView?[Languages];
    private readonly string?[] _html = new string?[Languages];

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

    /// <summary>The page's facts as HTML in <paramref name="language"/>, once <see cref="KeepHtml"/> kept them.</summary>
    public string? HtmlIn(DisplayLanguage language) => Volatile.Read(ref _html[(int)language]);

    /// <summary>Keeps the first HTML rendered in <paramref name="language"/> and returns the one kept.</summary>
    public string KeepHtml(DisplayLanguage language, string html) => Interlocked.CompareExchange(ref _html[(int)language], html, null) ?? html;
}
