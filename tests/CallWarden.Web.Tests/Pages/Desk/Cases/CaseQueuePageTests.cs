using System.Net;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;

namespace CallWarden.Web.Tests.Pages.Desk.Cases;

/// <summary>The queue: search by number or reference, filters that never fail on what was typed, scope.</summary>
public sealed class CaseQueuePageTests(DeskCases desk) : IClassFixture<DeskCases>
{
    private const string Number = "13912345600";

    [Theory]
    [InlineData("13912345600")]
    [InlineData("+86 139 1234 5600")]
    [InlineData("0086-139-1234-5600")]
    [InlineData("１３９１２３４５６００")]
    public async Task An_analyst_finds_a_case_by_its_number_written_any_way(string search)
    {
        var (_, id) = await desk.ReportAsync(Number);
        using var analyst = await desk.SignInAsync("ana");

        var answer = await analyst.GetAsync("/desk/cases?q=" + Uri.EscapeDataString(search));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains($"href=\"/desk/cases/{id}\"", analyst.Html, StringComparison.Ordinal);
        Assert.Contains("Matching cases: 1", analyst.Text, StringComparison.Ordinal);
        Assert.Null(analyst.ErrorBeside("q"));
    }

    [Fact]
    public async Task An_analyst_finds_a_case_by_a_report_reference()
    {
        var (reference, id) = await desk.ReportAsync("13912345601");
        using var analyst = await desk.SignInAsync("ana");

        await analyst.GetAsync("/desk/cases?q=" + reference.ToLowerInvariant());

        Assert.Contains($"href=\"/desk/cases/{id}\"", analyst.Html, StringComparison.Ordinal);
        Assert.Contains("Matching cases: 1", analyst.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileSearches => new()
    {
        new string('9', 5000),
        "139一二三四五六七八",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "R2026-不是编号",
        "\u202E8765432193\u202C abc",
    };

    [Theory]
    [MemberData(nameof(HostileSearches))]
    public async Task A_search_that_is_neither_number_nor_reference_gets_a_message_beside_the_box_never_an_error_page(string search)
    {
        using var analyst = await desk.SignInAsync("ana");

        var answer = await analyst.GetAsync("/desk/cases?q=" + Uri.EscapeDataString(search));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotNull(analyst.ErrorBeside("q"));
        Assert.DoesNotContain("<script>alert", analyst.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", analyst.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "搜索内容最多 64 个字符：输入号码或举报编号")]
    [InlineData("zh-TW", "搜尋內容最多 64 個字元：輸入號碼或舉報編號")]
    [InlineData("en-GB", "Search is at most 64 characters: enter a number or a report reference")]
    public async Task A_5000_character_search_is_refused_in_the_reader_s_language(string language, string message)
    {
        using var analyst = await desk.SignInAsync("ana", language);

        await analyst.GetAsync("/desk/cases?q=" + new string('x', 5000));

        Assert.Equal(message, analyst.ErrorBeside("q"));
        Assert.Contains(message, analyst.ErrorSummary());
    }

    [Fact]
    public async Task An_empty_search_lists_every_case()
    {
        await desk.ReportAsync("13912345602");
        using var analyst = await desk.SignInAsync("ana");

        var answer = await analyst.GetAsync("/desk/cases?q=&state=&overdue=");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(analyst.ErrorSummary());
        Assert.Contains("href=\"/desk/cases/", analyst.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("state=open", "state", "Choose one of the options in the list")]
    [InlineData("category=%3Cb%3E", "category", "Choose one of the options in the list")]
    [InlineData("carrier=china_mobile%00", "carrier", "Choose one of the options in the list")]
    [InlineData("province=CN-XX", "province", "Choose one of the options in the list")]
    [InlineData("province=cn-gd", "province", "Choose one of the options in the list")]
    [InlineData("channel=fax", "channel", "Choose one of the options in the list")]
    [InlineData("from=2026-02-30", "from", "Enter a date from 2000-01-01 to 2099-12-31 as 2026-11-30")]
    [InlineData("to=30%2F11%2F2026", "to", "Enter a date from 2000-01-01 to 2099-12-31 as 2026-11-30")]
    [InlineData("to=9999-12-31", "to", "Enter a date from 2000-01-01 to 2099-12-31 as 2026-11-30")]
    [InlineData("from=0001-01-01", "from", "Enter a date from 2000-01-01 to 2099-12-31 as 2026-11-30")]
    [InlineData("from=2026-12-01&to=2026-11-01", "to", "The until date must not be before the from date")]
    [InlineData("page=-1&q=%E2%80%AE", "q", "Enter a reported number (for example 13912345678), a number range (for example 170 1234*) or a report reference (for example R20261128-000123)")]
    public async Task A_bad_filter_gets_a_message_beside_its_field_never_an_error_page(string query, string field, string? message)
    {
        using var analyst = await desk.SignInAsync("ana");

        var answer = await analyst.GetAsync("/desk/cases?" + query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(message, analyst.ErrorBeside(field));
    }

    [Fact]
    public async Task The_filters_narrow_the_queue_by_category_channel_dates_and_province()
    {
        var (_, fraud) = await desk.ReportAsync("13912345603", "fraud");
        using var analyst = await desk.SignInAsync("ana");
        var province = NumberAttributor.Default.Attribute(PhoneNumberNormalizer.Default.Normalize("13912345603"), DisplayLanguage.En).ProvinceCode!;
        var otherProvince = province == "CN-XZ" ? "CN-QH" : "CN-XZ";

        await analyst.GetAsync($"/desk/cases?category=fraud&channel=api&from=2026-11-30&to=2026-11-30&province={province}");
        var found = analyst.Html;
        await analyst.GetAsync($"/desk/cases?category=fraud&province={otherProvince}");
        var elsewhere = analyst.Html;
        await analyst.GetAsync("/desk/cases?category=fraud&from=2026-12-01");
        var later = analyst.Html;

        Assert.Contains($"href=\"/desk/cases/{fraud}\"", found, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/desk/cases/{fraud}\"", elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/desk/cases/{fraud}\"", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_state_and_carrier_filters_narrow_the_queue_to_the_cases_in_that_state_and_at_that_carrier()
    {
        var (_, routed) = await desk.ReportAsync("13912345630");
        var (_, waiting) = await desk.ReportAsync("13012345631");
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync($"/desk/cases/{routed}");
        await analyst.PostAsync($"/desk/cases/{routed}?handler=Verify", ("note", "credible"));
        await analyst.PostAsync($"/desk/cases/{routed}?handler=Route", ("note", "to the owner"));

        await analyst.GetAsync("/desk/cases?state=forwarded&carrier=china_mobile");
        var atChinaMobile = analyst.Html;
        await analyst.GetAsync("/desk/cases?state=received");
        var received = analyst.Html;
        await analyst.GetAsync("/desk/cases?carrier=china_unicom");
        var atChinaUnicom = analyst.Html;

        Assert.Contains($"href=\"/desk/cases/{routed}\"", atChinaMobile, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/desk/cases/{waiting}\"", atChinaMobile, StringComparison.Ordinal);
        Assert.Contains($"href=\"/desk/cases/{waiting}\"", received, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/desk/cases/{routed}\"", received, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/desk/cases/{routed}\"", atChinaUnicom, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/desk/cases/{waiting}\"", atChinaUnicom, StringComparison.Ordinal); // not routed yet: no carrier's
    }

    [Fact]
    public async Task A_china_unicom_operator_never_sees_a_china_mobile_case_and_gets_404_for_it()
    {
        var (_, id) = await desk.ReportAsync("13912345604");
        using var analyst = await desk.SignInAsync("ana");
        await analyst.GetAsync($"/desk/cases/{id}");
        await analyst.PostAsync($"/desk/cases/{id}?handler=Verify", ("note", "credible"));
        await analyst.PostAsync($"/desk/cases/{id}?handler=Route", ("note", "to the owner"));
        using var unicom = await desk.SignInAsync("uni");
        using var mobile = await desk.SignInAsync("mo");

        var queue = await unicom.GetAsync("/desk/cases?q=13912345604");
        var unicomHtml = unicom.Html;
        var page = await unicom.GetAsync($"/desk/cases/{id}");
        await mobile.GetAsync("/desk/cases?q=13912345604");

        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.DoesNotContain($"/desk/cases/{id}\"", unicomHtml, StringComparison.Ordinal);
        Assert.Contains("Matching cases: 0", WebUtility.HtmlDecode(unicomHtml), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("<h1>Page not found</h1>", unicom.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/desk/cases/{id}\"", mobile.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"selected\"", mobile.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_outside_the_desk_opens_the_queue()
    {
        using var visitor = new Site.PageVisitor(desk.Api, "en-GB");

        var answer = await visitor.GetAsync("/desk/cases?q=139", follow: false);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.StartsWith("/desk/sign-in?returnUrl=", answer.Location, StringComparison.Ordinal);
    }
}
