using System.Globalization;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data.Intake;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// The queue's filters as the URL carries them (so a filtered queue can be bookmarked and shared),
/// read from a query string or from the hidden fields of the bulk form, and checked into a
/// <see cref="CaseQuery"/>. Nothing here throws on what a person typed: a bad value is a message
/// beside its field.
/// </summary>
internal sealed record CaseFilter(
    string? Q, string? State, string? Category, string? Carrier, string? Province, string? Channel, string? From, string? To, bool Overdue)
{
    /// <summary>The fields in the order the form shows them (the error summary's order).</summary>
    public static readonly string[] Fields = ["q", "state", "category", "carrier", "province", "channel", "from", "to"];

    public static CaseFilter Read(Func<string, string?> value) => new(
        Clean(value("q")), Clean(value("state")), Clean(value("category")), Clean(value("carrier")), Clean(value("province")),
        Clean(value("channel")), Clean(value("from")), Clean(value("to")), value("overdue") is "true" or "on");

    public bool IsEmpty => this == new CaseFilter(null, null, null, null, null, null, null, null, false);

    /// <summary>The filter as query parameters (empty ones left out), for links that keep it.</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters()
    {
        (string, string?)[] all = [("q", Q), ("state", State), ("category", Category), ("carrier", Carrier), ("province", Province), ("channel", Channel), ("from", From), ("to", To), ("overdue", Overdue ? "true" : null)];
        return all.Where(p => p.Item2 is not null).Select(p => KeyValuePair.Create(p.Item1, p.Item2!));
    }

    /// <summary>Checks every field; <paramref name="errors"/> gets (field, message) for each bad one, which is then left out of the query.</summary>
    public CaseQuery Check(IStringLocalizer<CaseDeskText> text, List<(string Field, string Message)> errors)
    {
        var search = Q switch
        {
            null => null,
            { Length: > CaseSearch.MaxLength } => Refuse<CaseSearch>("q", text["SearchTooLong", CaseSearch.MaxLength]),
            _ when CaseSearch.Parse(Q) is { IsValid: true } parsed => parsed,
            _ => Refuse<CaseSearch>("q", text["SearchInvalid"]),
        };
        var from = Day("from", From);
        var to = Day("to", To);
        if (from is not null && to is not null && to < from)
        {
            errors.Add(("to", text["DateOrder"]));
            to = null;
        }

        return new CaseQuery(
            search,
            Choice("state", State, QueueChoices.States, s => QueueChoices.StateCode(s)),
            Choice("category", Category, Enum.GetValues<ReportCategory>(), c => c.ToCode()),
            Choice("carrier", Carrier, QueueChoices.Carriers, c => c.Code()),
            Province is null ? null : Provinces.FromCode(Province) is { } province && province.Code == Province ? province : Refuse<Province>("province", text["ChooseFromList"]),
            Choice("channel", Channel, Enum.GetValues<IntakeChannel>(), c => c.Code()),
            from,
            to,
            Overdue);

        T? Refuse<T>(string field, string message)
            where T : class
        {
            errors.Add((field, message));
            return null;
        }

        T? Choice<T>(string field, string? code, IEnumerable<T> options, Func<T, string> codeOf)
            where T : struct, Enum
        {
            if (code is null)
            {
                return null;
            }

            foreach (var option in options)
            {
                if (string.Equals(codeOf(option), code, StringComparison.Ordinal))
                {
                    return option;
                }
            }

            errors.Add((field, text["ChooseFromList"]));
            return null;
        }

        DateOnly? Day(string field, string? value)
        {
            if (value is null)
            {
                return null;
            }

            if (CalendarDay.TryParse(value, out var day))
            {
                return day;
            }

            errors.Add((field, text["DateInvalid", CalendarDay.FirstText, CalendarDay.LastText]));
            return null;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
