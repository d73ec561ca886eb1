using System.Globalization;
using System.Text.Json;
using CallWarden.Data.Privacy;

namespace CallWarden.Web.Pages.MyData;

/// <summary>
/// What <c>/my-data</c> lists, read from the same export the download gives (<see cref="PersonalData.ExportAsync"/>),
/// so the page cannot show less than the file holds about the sections it summarises.
/// </summary>
internal sealed record MyDataSummary(
    ContactDetails Contact,
    IReadOnlyList<MyReportRow> Reports,
    int? RuleEntries,
    DateTimeOffset? RulesChangedAt,
    bool LabelOnly,
    bool RefusesMarketing,
    int Decisions,
    IReadOnlyList<MyConsentRow> Consents)
{
    public static MyDataSummary Of(PersonalDataExport export, ContactDetails contact)
    {
        var sections = PersonalDataJson.Tree(export).GetProperty("sections");
        var reports = sections.GetProperty("reports").EnumerateArray().Select(r => new MyReportRow(
            r.GetProperty("reference").GetString()!,
            r.GetProperty("reportedNumber").GetString(),
            r.GetProperty("targetText").GetString()!,
            r.GetProperty("receivedAt").GetDateTimeOffset(),
            r.GetProperty("category").GetString()!,
            r.GetProperty("channel").GetString()!)).ToList();
        var rules = sections.GetProperty("rules");
        var saved = rules.GetProperty("saved").GetBoolean();
        var set = saved ? rules.GetProperty("rules") : default;
        return new MyDataSummary(
            contact,
            reports,
            saved ? set.GetProperty("entries").GetArrayLength() : null,
            saved ? rules.GetProperty("updatedAt").GetDateTimeOffset() : null,
            saved && set.GetProperty("labelOnly").GetBoolean(),
            sections.GetProperty("refusals").GetProperty("registered").GetBoolean(),
            sections.GetProperty("decisions").GetArrayLength(),
            [.. sections.GetProperty("consents").EnumerateArray().Select(c => new MyConsentRow(
                c.GetProperty("notice").GetString()!, c.GetProperty("purpose").GetString()!, c.GetProperty("channel").GetString()!, c.GetProperty("at").GetDateTimeOffset()))]);
    }

    /// <summary>The text key of a purpose (<c>sign_in</c> → <c>PurposeSignIn</c>) or a channel code (<c>sms</c> → <c>ChannelSms</c>).</summary>
    public static string Key(string prefix, string code) =>
        prefix + string.Concat(code.Split('_', '-').Select(p => p.Length == 0 ? p : char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..]));
}
