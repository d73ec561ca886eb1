using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Web.Cases;
using CallWarden.Web.Site;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>
/// The police dossier of a case as one ZIP: a cover sheet (cover.html and the same as cover.txt)
/// with the facts, the legal basis, the reports with their reporters' contacts, the evidence list,
/// the carrier's actions and the audit trail; the evidence files under <c>evidence/</c>; and
/// <c>manifest.csv</c> with every other file's size and SHA-256. Written in simplified Chinese, the
/// police's language, whatever the liaison's page language: the caller sets the culture.
/// </summary>
internal static class CaseDossier
{
    private const DisplayLanguage Language = DisplayLanguage.ZhHans;

    public static byte[] Build(DossierContent content, IStringLocalizer<PoliceDeskText> text)
    {
        var sections = Sections(content, text, out var evidenceEntries);
        var title = text["DossierTitle", content.Case.Id].Value;
        List<(string Name, byte[] Bytes)> files =
        [
            ("cover.html", Encoding.UTF8.GetBytes(Html(title, sections))),
            ("cover.txt", Encoding.UTF8.GetBytes(Plain(title, sections))),
            .. evidenceEntries,
        ];

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                Add(zip, name, bytes, content.IssuedAt);
            }

            var manifest = new StringBuilder("file,bytes,sha256\n");
            foreach (var (name, bytes) in files)
            {
                manifest.Append(CultureInfo.InvariantCulture, $"{name},{bytes.Length},{Convert.ToHexStringLower(SHA256.HashData(bytes))}\n");
            }

            Add(zip, "manifest.csv", Encoding.UTF8.GetBytes(manifest.ToString()), content.IssuedAt);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static List<DossierSection> Sections(DossierContent c, IStringLocalizer<PoliceDeskText> t, out List<(string Name, byte[] Bytes)> evidence)
    {
        var number = new PhoneNumber(c.Case.Number, c.Case.NumberKind).ToE164String();
        var carrier = CarrierNames.TryParseCode(c.Case.CarrierCode, out var known) ? known.DisplayName(Language) ?? c.Case.CarrierCode! : t["NoCarrier"].Value;
        var categories = c.Reports.GroupBy(r => r.CategoryCode, StringComparer.Ordinal).OrderByDescending(g => g.Count())
            .Select(g => t["CategoryCount", Category(g.Key), g.Count()].Value).ToList();
        var channels = c.Reports.Select(r => Channel(r.Channel.ToString(), t)).Distinct(StringComparer.Ordinal).ToList();
        var reporters = c.Reports.Select(r => r.ReporterId).Distinct().Count();
        var first = c.Reports.Count > 0 ? c.Reports.Min(r => r.ReceivedAt) : c.Case.ReceivedAt;
        var last = c.Reports.Count > 0 ? c.Reports.Max(r => r.ReceivedAt) : c.Case.ReceivedAt;
        var sep = t["ListSeparator"].Value;

        var facts = new DossierSection(t["SectionFacts"], [t["FactsStatement", reporters, c.Reports.Count, SiteFormat.DateTime(first, Language), SiteFormat.DateTime(last, Language), string.Join(sep, channels), number, string.Join(sep, categories)]],
            [t["ColItem"], t["ColValue"]],
            [
                [t["FactCase"], c.Case.Id.ToString(CultureInfo.InvariantCulture)],
                [t["FactNumber"], number],
                [t["FactCarrier"], carrier],
                [t["FactState"], t["State_" + c.Case.State]],
                [t["FactReceived"], SiteFormat.DateTime(c.Case.ReceivedAt, Language)],
                [t["FactForwarded"], c.Case.ForwardedAt is { } f ? SiteFormat.DateTime(f, Language) : "—"],
                [t["FactReports"], c.Reports.Count.ToString(CultureInfo.InvariantCulture)],
                [t["FactReporters"], reporters.ToString(CultureInfo.InvariantCulture)],
                [t["FactCategories"], string.Join(sep, categories)],
            ]);

        var law = new DossierSection(t["SectionLaw"], [.. LegalBasis.For(c.Reports.Select(r => r.CategoryCode)).Select(k => t[k].Value)], [], []);

        var reports = new DossierSection(t["SectionReports"], [],
            [t["ColReference"], t["ColReceived"], t["ColOccurred"], t["ColChannel"], t["ColCategory"], t["ColContact"], t["ColReason"]],
            [.. c.Reports.Select(r => new[]
            {
                r.Reference, SiteFormat.DateTime(r.ReceivedAt, Language), r.OccurredAt is { } o ? SiteFormat.DateTime(o, Language) : "—",
                Channel(r.Channel.ToString(), t), Category(r.CategoryCode), ReporterContact.Of(r.Reporter).Value, string.Join(' ', new[] { r.Reason, r.Content }.OfType<string>()),
            })]);

        evidence = [];
        var references = c.Reports.ToDictionary(r => r.Id, r => r.Reference);
        List<string[]> evidenceRows = [];
        foreach (var (file, index) in c.Evidence.OrderBy(e => e.ReportId).ThenBy(e => e.Id).Select((e, i) => (e, i + 1)))
        {
            var reference = references.GetValueOrDefault(file.ReportId, file.ReportReference);
            string entry;
            if (c.Files.TryGetValue(file.Sha256, out var bytes))
            {
                entry = $"evidence/{index:D3}-{reference}{Extension(file.FileName)}";
                evidence.Add((entry, bytes));
            }
            else
            {
                entry = t["EvidenceMissing"];
            }

            evidenceRows.Add([reference, file.FileName, entry, file.DetectedType, file.Size.ToString(CultureInfo.InvariantCulture), file.Sha256]);
        }

        var files = new DossierSection(t["SectionEvidence"], evidenceRows.Count == 0 ? [t["NoEvidence"]] : [],
            [t["ColReference"], t["ColFileName"], t["ColEntry"], t["ColType"], t["ColBytes"], t["ColSha256"]], evidenceRows);

        var actions = new DossierSection(t["SectionActions"], c.Actions.Count == 0 ? [t["NoActions"]] : [],
            [t["ColKind"], t["FactCarrier"], t["ColFrom"], t["ColUntil"], t["ColLifted"]],
            [.. c.Actions.OrderBy(a => a.From).Select(a => new[]
            {
                t["Kind_" + CarrierActionKinds.Code(a.Kind)].Value,
                CarrierNames.TryParseCode(a.CarrierCode, out var by) ? by.DisplayName(Language) ?? a.CarrierCode : a.CarrierCode,
                SiteFormat.DateTime(a.From, Language),
                a.Until is { } u ? SiteFormat.DateTime(u, Language) : "—",
                a.LiftedAt is { } l ? SiteFormat.DateTime(l, Language) : "—",
            })]);

        var audit = new DossierSection(t["SectionAudit"], [],
            [t["ColTime"], t["ColActor"], t["ColRole"], t["ColAction"], t["ColStates"], t["ColNote"]],
            [.. c.Audit.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new[]
            {
                SiteFormat.DateTime(a.At, Language), a.Actor, t["Role_" + a.Role].Value, t["Audit_" + a.Action].Value,
                a.From is { } from && from != a.To ? t["StateChange", t["State_" + from], t["State_" + a.To]].Value : t["State_" + a.To].Value,
                a.Reason,
            })]);

        var issued = new DossierSection(t["SectionIssued"], [t["IssuedStatement", c.IssuedBy, SiteFormat.DateTime(c.IssuedAt, Language)], t["IssuedHashNote"]], [], []);
        return [facts, law, reports, files, actions, audit, issued];
    }

    private static string Category(string code) => ReportCategoryExtensions.TryParseCode(code, out var category) ? category.DisplayName(Language) : code;

    private static string Channel(string channel, IStringLocalizer<PoliceDeskText> t) => t["Channel_" + channel.ToLowerInvariant()];

    /// <summary>The original name's extension when it is plain (<c>.jpg</c>); never a path or anything a reporter could make odd.</summary>
    private static string Extension(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Length is > 1 and <= 8 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : ".bin";
    }

    private static string Html(string title, List<DossierSection> sections)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)}</title>\n");
        html.Append("<style>body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;line-height:1.6}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #888;padding:.3em .5em;text-align:left;vertical-align:top}td{word-break:break-all}</style>\n");
        html.Append(CultureInfo.InvariantCulture, $"</head>\n<body>\n<h1>{E(title)}</h1>\n");
        foreach (var section in sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(section.Heading)}</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph)}</p>\n");
            }

            if (section.Rows.Count > 0)
            {
                html.Append("<table>\n<thead><tr>");
                foreach (var header in section.Headers)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(header)}</th>");
                }

                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in section.Rows)
                {
                    html.Append("<tr>").AppendJoin(string.Empty, row.Select(cell => $"<td>{E(cell)}</td>")).Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Plain(string title, List<DossierSection> sections)
    {
        var text = new StringBuilder().Append(title).Append('\n').Append('=', 40).Append("\n\n");
        foreach (var section in sections)
        {
            text.Append(section.Heading).Append('\n').Append('-', 40).Append('\n');
            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
            }

            foreach (var (row, index) in section.Rows.Select((r, i) => (r, i + 1)))
            {
                // One record per block, each value beside its heading: readable without a table.
                text.Append(CultureInfo.InvariantCulture, $"[{index}]\n");
                foreach (var (header, cell) in section.Headers.Zip(row))
                {
                    text.Append("  ").Append(header).Append(": ").Append(cell.ReplaceLineEndings(" ")).Append('\n');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
