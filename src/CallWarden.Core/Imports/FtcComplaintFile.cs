using System.Globalization;
using CallWarden.Core.Reports;

namespace CallWarden.Core.Imports;

/// <summary>
/// Reads the FTC "Do Not Call reported calls" CSV (header <c>Company_Phone_Number,Created_Date,
/// Violation_Date,Consumer_City,Consumer_State,Consumer_Area_Code,Subject,Recorded_Message_Or_Robocall</c>).
/// Every row becomes a complaint or a problem with its line number; a bad row never stops the file.
/// </summary>
public static class FtcComplaintFile
{
    private static readonly string[] Header =
        ["Company_Phone_Number", "Created_Date", "Violation_Date", "Consumer_City", "Consumer_State", "Consumer_Area_Code", "Subject", "Recorded_Message_Or_Robocall"];

    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "M/d/yyyy H:mm", "M/d/yyyy"];

    /// <summary>Reads every record; a missing or unknown header is one problem on line 1 and nothing else is read.</summary>
    public static IEnumerable<Result> Read(TextReader reader)
    {
        var records = new CsvRecordReader(reader);
        if (!records.TryRead(out var header, out _))
        {
            yield return new Result(null, new FtcRowProblem(1, "empty file", "the file has no header line"));
            yield break;
        }

        if (header.Count < Header.Length || !Header.Select((name, i) => string.Equals(header[i].Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase)).All(ok => ok))
        {
            yield return new Result(null, new FtcRowProblem(1, "not an FTC complaint file", $"expected the header {string.Join(',', Header)}"));
            yield break;
        }

        while (records.TryRead(out var fields, out var tooLong))
        {
            var line = records.LineNumber;
            if (tooLong)
            {
                yield return new Result(null, new FtcRowProblem(line, "row too long", $"longer than {CsvRecordReader.MaxRecordLength:N0} characters"));
                records.Resync();
                continue;
            }

            if (fields.Count != Header.Length && records.SpannedLines)
            {
                // A quote that opened here and closed rows later (or never): this line is the bad one, the next is read again.
                yield return new Result(null, new FtcRowProblem(line, "unterminated quote", "a quote opened on this line does not close within the row; the next line is read as a row of its own"));
                records.Resync();
                continue;
            }

            if (fields is [""])
            {
                continue;
            }

            yield return Parse(line, fields);
        }
    }

    private static Result Parse(int line, List<string> fields)
    {
        if (fields.Count != Header.Length)
        {
            return Problem(line, "wrong number of fields", $"{fields.Count} fields, expected {Header.Length}");
        }

        var number = fields[0].Trim();
        if (number.Length == 0)
        {
            return Problem(line, "empty number", "Company_Phone_Number is empty");
        }

        if (!number.All(char.IsAsciiDigit))
        {
            return Problem(line, "number is not digits", $"'{Shorten(number)}' holds other characters than 0-9");
        }

        var e164 = number.Length switch
        {
            10 => "+1" + number,
            11 when number[0] == '1' => "+" + number,
            _ => null,
        };
        if (e164 is null)
        {
            return Problem(line, "number has the wrong length", $"'{number}' has {number.Length} digits, expected 10");
        }

        if (!TryTime(fields[1], out var created))
        {
            return Problem(line, "bad Created_Date", $"'{Shorten(fields[1])}' is not a date such as 2021-07-07 00:01:15");
        }

        DateTimeOffset? violation = null;
        if (fields[2].Trim().Length > 0)
        {
            if (!TryTime(fields[2], out var at))
            {
                return Problem(line, "bad Violation_Date", $"'{Shorten(fields[2])}' is not a date such as 2021-07-06 11:48:00");
            }

            violation = at;
        }

        var robocall = fields[7].Trim().ToUpperInvariant() switch
        {
            "Y" => true,
            "N" => false,
            _ => (bool?)null,
        };
        var subject = fields[6].Trim();
        var state = fields[4].Trim();
        return new Result(
            new FtcComplaint(line, e164, created, violation, CategoryOf(subject), subject, state.Length == 0 ? null : state, robocall, string.Join(',', fields)),
            null);
    }

    /// <summary>The FTC's subjects mapped to CallWarden's categories (impersonation and prizes are fraud, "dropped call or no message" is a one-ring call); an unknown subject is "other".</summary>
    public static ReportCategory CategoryOf(string subject)
    {
        var s = subject.ToUpperInvariant();
        bool Has(string word) => s.Contains(word, StringComparison.Ordinal);
        return s switch
        {
            _ when Has("PRETENDING") || Has("IMPOST") || Has("LOTTER") || Has("PRIZE") => ReportCategory.Fraud,
            _ when Has("DROPPED CALL") => ReportCategory.OneRing,
            _ when Has("DEBT") || Has("LOAN") || Has("CREDIT") => ReportCategory.Finance,
            _ when Has("MEDICAL") || Has("INSURANCE") => ReportCategory.Insurance,
            _ when Has("WORK FROM HOME") || Has("MAKE MONEY") => ReportCategory.Recruiting,
            _ when Has("REAL ESTATE") => ReportCategory.RealEstate,
            _ when Has("WARRANT") || Has("VACATION") || Has("ENERGY") || Has("COMPUTER") || Has("SECURITY") || Has("HOME IMPROVEMENT") || Has("CHARIT") => ReportCategory.Marketing,
            _ => ReportCategory.Other,
        };
    }

    private static bool TryTime(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);

    private static Result Problem(int line, string reason, string detail) => new(null, new FtcRowProblem(line, reason, detail));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Either a complaint or the problem that kept the row out.</summary>
    public sealed record Result(FtcComplaint? Complaint, FtcRowProblem? Problem);
}
