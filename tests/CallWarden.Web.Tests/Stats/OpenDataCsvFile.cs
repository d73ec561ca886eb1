using System.Globalization;
using System.Text;

namespace CallWarden.Web.Tests.Stats;

/// <summary>Reads the open data CSV file as a spreadsheet would: RFC 4180 fields, the byte-order mark skipped.</summary>
internal static class OpenDataCsvFile
{
    public static List<Figure> Figures(byte[] file)
    {
        var rows = Rows(new UTF8Encoding(false).GetString(file).TrimStart('\uFEFF'));
        Assert.Equal(["dataset", "month", "code", "name_zh_hans", "name_zh_hant", "name_en", "measure", "value"], rows[0]);
        return [.. rows.Skip(1).Select(r => new Figure(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7].Length == 0 ? null : decimal.Parse(r[7], NumberStyles.Number, CultureInfo.InvariantCulture)))];
    }

    internal static List<string[]> Rows(string text)
    {
        List<string[]> rows = [];
        List<string> row = [];
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && row.Count == 0, "the file ends with a line break");
        return rows;
    }

    internal sealed record Figure(string Dataset, string Month, string Code, string NameHans, string NameHant, string NameEn, string Measure, decimal? Value) : IComparable<Figure>
    {
        public int CompareTo(Figure? other) => string.CompareOrdinal(ToString(), other?.ToString());
    }
}
