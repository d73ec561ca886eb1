using System.Text;
using System.Text.Json;
using CallWarden.Core.Registry;
using CallWarden.Data.Registry;
using CsCheck;

namespace CallWarden.Data.Tests.Registry;

/// <summary>The scrub's parsers and answers: empty, huge, malformed, mixed-script and hostile lists (issue #10 part 7).</summary>
public sealed class ListScrubTests
{
    private static readonly RegistrySnapshot Registry = RegistrySnapshot.Build(
        [
            new RegisteredRefusal(8613912345678, MarketingCategories.All),
            new RegisteredRefusal(8613800138000, MarketingCategories.Loans),
            new RegisteredRefusal(8613700137000, MarketingCategories.Insurance),
            new RegisteredRefusal(861012345678, MarketingCategories.Education),
        ],
        [],
        new Dictionary<int, BusinessName>());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(string Answer, ScrubTally Tally)> CsvAsync(string list, MarketingCategories marketed = MarketingCategories.Loans) =>
        await CsvAsync(Encoding.UTF8.GetBytes(list), marketed);

    private static async Task<(string Answer, ScrubTally Tally)> CsvAsync(byte[] list, MarketingCategories marketed = MarketingCategories.Loans)
    {
        using var input = new MemoryStream(list);
        using var output = new MemoryStream();
        var tally = await new ListScrub(Registry, marketed).ScrubCsvAsync(input, output, Ct);
        return (Encoding.UTF8.GetString(output.ToArray()), tally);
    }

    [Fact]
    public async Task Only_numbers_whose_subscriber_refused_what_the_business_markets_come_back_in_E164_with_their_line()
    {
        var (answer, tally) = await CsvAsync("13912345678\n13800138000\n13700137000\n13600136000\n010-12345678\n");

        Assert.Equal("line,number,problem\n1,+8613912345678,\n2,+8613800138000,\n", answer);
        Assert.Equal(new ScrubTally(5, 2, 0), tally);
    }

    [Fact]
    public async Task An_empty_list_and_a_header_alone_give_the_header_of_the_answer_only()
    {
        Assert.Equal(("line,number,problem\n", new ScrubTally(0, 0, 0)), await CsvAsync(""));
        Assert.Equal(("line,number,problem\n", new ScrubTally(0, 0, 0)), await CsvAsync("\uFEFFphone,name\r\n\r\n   \n"));
    }

    [Fact]
    public async Task Quoted_fields_other_columns_separators_spaces_CRLF_and_the_written_forms_people_use_are_read()
    {
        var list = "号码,姓名\r\n\"139 1234 5678\",张三\r\n+86 138-0013-8000;李四\r\n008613912345678\t王五\r\n１３９１２３４５６７８\r\n  (010) 12345678  ,x\r\n";

        var (answer, tally) = await CsvAsync(list, MarketingCategories.All);

        Assert.Equal("line,number,problem\n2,+8613912345678,\n3,+8613800138000,\n4,+8613912345678,\n5,+8613912345678,\n6,+861012345678,\n", answer);
        Assert.Equal(new ScrubTally(5, 5, 0), tally);
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_their_line_in_order_and_the_good_ones_are_kept()
    {
        var list = "13912345678\nhello\n\"13800138000\n12\n" + new string('9', 200) + "\n13800138000\n";

        var (answer, tally) = await CsvAsync(list);

        Assert.Equal("line,number,problem\n1,+8613912345678,\n2,,not_a_number\n3,,unterminated_quote\n4,,not_a_number\n5,,too_long\n6,+8613800138000,\n", answer);
        Assert.Equal(new ScrubTally(6, 2, 4), tally);
    }

    [Fact]
    public async Task A_row_longer_than_the_limit_is_reported_once_and_skipped_to_its_end_without_being_buffered()
    {
        var huge = "13912345678," + new string('x', 3 * 65536) + "\n13800138000\n";

        var (answer, tally) = await CsvAsync(huge);

        Assert.Equal("line,number,problem\n1,,too_long\n2,+8613800138000,\n", answer);
        Assert.Equal(new ScrubTally(2, 1, 1), tally);
    }

    [Fact]
    public async Task Hostile_bytes_broken_UTF8_NULs_and_a_last_row_without_newline_do_not_stop_the_scrub()
    {
        byte[] list = [.. "13912345678\n"u8, 0xFF, 0xFE, 0x00, (byte)'\n', .. "139\012345678\n"u8, .. "\u202E13912345678\n"u8, .. "13800138000"u8];

        var (answer, tally) = await CsvAsync(list);

        Assert.Equal("line,number,problem\n1,+8613912345678,\n2,,not_a_number\n3,,not_a_number\n4,,not_a_number\n5,+8613800138000,\n", answer);
        Assert.Equal(new ScrubTally(5, 2, 3), tally);
    }

    [Fact]
    public async Task A_huge_list_in_many_reads_answers_every_refused_number_once_in_order()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            builder.Append(i % 1000 == 0 ? "13912345678" : $"1360{i:D7}").Append('\n');
        }

        var (answer, tally) = await CsvAsync(builder.ToString());

        var lines = answer.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new ScrubTally(200_000, 200, 0), tally);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"{(i * 1000) + 1},+8613912345678,"), lines.Skip(1));
    }

    [Fact]
    public async Task A_JSON_list_answers_in_JSON_with_positions_and_counts()
    {
        var json = """{"business":"x","numbers":["13912345678", 13800138000, null, {"a":1}, "abc", "\u0031\u0033\u0039\u0031\u0032\u0033\u0034\u0035\u0036\u0037\u0038", "13600136000"]}"""u8.ToArray();
        Assert.True(ListScrub.IsJsonList(json));
        using var output = new MemoryStream();

        var tally = await new ListScrub(Registry, MarketingCategories.Loans).ScrubJsonAsync(json, output, Ct);

        Assert.Equal(new ScrubTally(7, 3, 3), tally);
        var answer = JsonDocument.Parse(output.ToArray()).RootElement;
        Assert.Equal(
            """[{"line":1,"number":"+8613912345678"},{"line":2,"number":"+8613800138000"},{"line":3,"problem":"not_a_number"},{"line":4,"problem":"not_a_number"},{"line":5,"problem":"not_a_number"},{"line":6,"number":"+8613912345678"}]""",
            answer.GetProperty("rows").GetRawText());
        Assert.Equal((7, 3, 3), (answer.GetProperty("numbersIn").GetInt32(), answer.GetProperty("numbersOut").GetInt32(), answer.GetProperty("badRows").GetInt32()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"numbers\":\"13912345678\"}")]
    [InlineData("{\"phones\":[]}")]
    [InlineData("[\"13912345678\"] []")]
    [InlineData("42")]
    public void Malformed_JSON_is_no_list(string json) => Assert.False(ListScrub.IsJsonList(Encoding.UTF8.GetBytes(json)));

    /// <summary>Any bytes at all: the scrub ends, every row is answered at most once in increasing line order, and the counts match the answer.</summary>
    [Fact]
    public void Any_input_gives_a_well_formed_answer_that_agrees_with_its_counts()
    {
        var row = Gen.OneOf(
            Gen.Const("13912345678"), Gen.Const("13800138000"), Gen.Const("\"139 1234 5678\",x"), Gen.Const("１３９１２３４５６７８"),
            Gen.String[Gen.Char.AlphaNumeric, 0, 20], Gen.String[0, 30], Gen.Const("\""), Gen.Const(new string('1', 5000)));
        Gen.Select(row.Array[0, 60], Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"))).Sample((rows, newline) =>
        {
            var list = string.Join(newline, rows);
            var (answer, tally) = CsvAsync(list, MarketingCategories.All).GetAwaiter().GetResult();
            var lines = answer.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
            Assert.Equal(tally.NumbersOut + tally.BadRows, lines.Length);
            Assert.True(tally.NumbersIn >= lines.Length);
            var numbers = lines.Select(l => long.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.Order(), numbers);
            Assert.Equal(numbers.Count, numbers.Distinct().Count());
            Assert.All(lines, l => Assert.Matches(@"^\d+,(\+\d+,|,(not_a_number|too_long|unterminated_quote))$", l));
        });
    }
}
