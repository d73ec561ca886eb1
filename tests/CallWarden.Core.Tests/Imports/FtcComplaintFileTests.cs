using CallWarden.Core.Imports;
using CallWarden.Core.Reports;
using CsCheck;

namespace CallWarden.Core.Tests.Imports;

public sealed class FtcComplaintFileTests
{
    private const string Header = "Company_Phone_Number,Created_Date,Violation_Date,Consumer_City,Consumer_State,Consumer_Area_Code,Subject,Recorded_Message_Or_Robocall";

    private static List<FtcComplaintFile.Result> Read(string text) => [.. FtcComplaintFile.Read(new StringReader(text))];

    [Theory]
    [InlineData("2566445079,2021-07-07 00:02:00,,,,,\"Reducing debt,N")]
    [InlineData("2566445079,\"2021-07-07 00:02:00,,,,,Other,N")]
    [InlineData("\"2566445079,2021-07-07 00:02:00,,,,,Other,N")]
    public void One_unterminated_quote_costs_its_own_line_and_every_row_after_it_is_read(string bad)
    {
        var good = string.Join("\n", Enumerable.Range(0, 50).Select(i => $"25664450{i:00},2021-07-07 00:02:00,,,,,\"Other, \"\"quoted\"\"\",N"));

        var results = Read($"{Header}\n2178398804,2021-07-07 00:01:41,,,,,Other,Y\n{bad}\n{good}\n");

        Assert.Equal(51, results.Count(r => r.Complaint is not null));
        var problems = results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.InRange(p.Line, 3, 3 + bad.Count(c => c == '\n')));
        Assert.Equal(3, problems[0].Line);
    }

    [Fact]
    public void Every_row_of_the_real_file_is_a_complaint_or_a_problem_with_its_line()
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Imports", "Data", "ftc-dnc-complaint-numbers-2021-07-08.csv"));
        var results = FtcComplaintFile.Read(reader).ToList();

        Assert.Equal(14_034, results.Count);
        var problems = results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
        Assert.Equal(669, problems.Count(p => p.Reason == "empty number"));
        Assert.InRange(problems.Count(p => p.Reason == "number has the wrong length"), 150, 200);
        Assert.All(results.Where(r => r.Complaint is not null), r => Assert.Matches(@"^\+1\d{10}$", r.Complaint!.Number));
        Assert.Equal(Enumerable.Range(2, 14_034), results.Select(r => r.Complaint?.Line ?? r.Problem!.Line));
    }

    [Fact]
    public void A_good_row_keeps_its_times_subject_and_robocall_flag()
    {
        var row = Assert.Single(Read($"{Header}\n2178398804,2021-07-07 00:01:41,2021-07-06 18:17:00,Clinton,Illinois,217,Warranties  & protection plans,Y\n"));

        var complaint = row.Complaint!;
        Assert.Equal("+12178398804", complaint.Number);
        Assert.Equal(new DateTimeOffset(2021, 7, 7, 0, 1, 41, TimeSpan.Zero), complaint.CreatedAt);
        Assert.Equal(new DateTimeOffset(2021, 7, 6, 18, 17, 0, TimeSpan.Zero), complaint.ViolationAt);
        Assert.Equal(ReportCategory.Marketing, complaint.Category);
        Assert.True(complaint.Robocall);
        Assert.Equal("Illinois", complaint.ConsumerState);
    }

    [Fact]
    public void Quoted_fields_with_commas_quotes_and_line_breaks_are_one_field()
    {
        var rows = Read($"{Header}\n4703352559,2021-07-07 00:01:15,,,California,510,\"Reducing your debt (credit cards, \"\"mortgage\"\",\nstudent loans)\",N\n2566445079,2021-07-07 00:02:00,,,,,Other,\n");

        Assert.Equal(ReportCategory.Finance, rows[0].Complaint!.Category);
        Assert.Equal(4, rows[1].Complaint!.Line);
        Assert.Contains("\"mortgage\"", rows[0].Complaint!.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty number")]
    [InlineData("555-0123", "number is not digits")]
    [InlineData("１２３４５６７８９０", "number is not digits")]
    [InlineData("47033525", "number has the wrong length")]
    [InlineData("470335255912345", "number has the wrong length")]
    [InlineData("4703\u202E352559", "number is not digits")]
    public void Bad_numbers_are_problems_naming_the_reason(string number, string reason)
    {
        var row = Assert.Single(Read($"{Header}\n{number},2021-07-07 00:01:15,,,,,Other,\n"));

        Assert.Equal(reason, row.Problem!.Reason);
        Assert.Equal(2, row.Problem.Line);
    }

    [Theory]
    [InlineData("4703352559,yesterday,,,,,Other,", "bad Created_Date")]
    [InlineData("4703352559,2021-07-07 00:01:15,soon,,,,Other,", "bad Violation_Date")]
    [InlineData("4703352559,2021-07-07", "wrong number of fields")]
    [InlineData("4703352559,2021-07-07,,,,,Other,,,,,,", "wrong number of fields")]
    public void Malformed_rows_are_problems_and_the_file_goes_on(string row, string reason)
    {
        var rows = Read($"{Header}\n{row}\n2566445079,2021-07-07 00:02:00,,,,,Other,\n");

        Assert.Equal(reason, rows[0].Problem!.Reason);
        Assert.NotNull(rows[1].Complaint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("number\n4692576503\n")]
    [InlineData("\0\0\0")]
    public void A_file_that_is_not_the_FTC_format_is_one_problem_on_line_1(string text)
    {
        var problem = Assert.Single(Read(text)).Problem!;

        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void A_huge_row_is_refused_without_reading_it_into_memory_and_the_next_row_is_read()
    {
        var huge = new string('9', CsvRecordReader.MaxRecordLength + 10);
        var rows = Read($"{Header}\n{huge},x\n2566445079,2021-07-07 00:02:00,,,,,Other,\n");

        Assert.Equal("row too long", rows[0].Problem!.Reason);
        Assert.Equal("+12566445079", rows[1].Complaint!.Number);
    }

    [Theory]
    [InlineData("Calls pretending to be government, businesses, or family and friends", ReportCategory.Fraud)]
    [InlineData("Dropped call or no message", ReportCategory.OneRing)]
    [InlineData("Medical  & prescriptions", ReportCategory.Insurance)]
    [InlineData("Home security  & alarms", ReportCategory.Marketing)]
    [InlineData("Work from home  & other ways to make money", ReportCategory.Recruiting)]
    [InlineData("No Subject Provided", ReportCategory.Other)]
    [InlineData("騷擾", ReportCategory.Other)]
    public void Subjects_map_to_categories(string subject, ReportCategory category)
    {
        Assert.Equal(category, FtcComplaintFile.CategoryOf(subject));
    }

    [Fact]
    public void Any_text_after_the_header_never_throws()
    {
        Gen.String.Sample(body =>
        {
            var results = Read(Header + "\n" + body);
            Assert.All(results, r => Assert.True(r.Complaint is not null ^ r.Problem is not null));
        });
    }
}
