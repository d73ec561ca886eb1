using System.Net;

namespace CallWarden.Web.Tests.Numbers;

public sealed class LookupFormTests : IAsyncLifetime
{
    private TestApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await TestApi.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("zh-CN", "zh-Hans", "谁一直给我打电话？", "要查询的号码")]
    [InlineData("zh-TW", "zh-Hant", "誰一直打電話給我？", "要查詢的號碼")]
    [InlineData("en", "en", "Who keeps calling me?", "Number to look up")]
    public async Task The_lookup_box_asks_for_a_number_without_an_error(string acceptLanguage, string tag, string heading, string label)
    {
        var page = await LookupPages.PageAsync(_api, "/numbers", acceptLanguage);

        Assert.Contains($"<html lang=\"{tag}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<label for=\"number\">{label}</label>", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/numbers\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"number-hint\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("error", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/numbers\" aria-current=\"page\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13912345678", "/numbers/+8613912345678")]
    [InlineData("139 1234 5678", "/numbers/+8613912345678")]
    [InlineData("+86 139-1234-5678", "/numbers/+8613912345678")]
    [InlineData("１３９１２３４５６７８", "/numbers/+8613912345678")] // full-width digits, as Chinese keyboards type them
    [InlineData("010-62345678", "/numbers/+861062345678")]
    [InlineData("95588", "/numbers/95588")]
    public async Task A_number_typed_in_the_box_goes_to_its_page(string typed, string location)
    {
        var answer = await LookupPages.GetAsync(_api, "/numbers?number=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal(location, answer.Location);
    }

    [Theory]
    [InlineData("/numbers/13912345678")]
    [InlineData("/numbers/139%201234%205678")]
    [InlineData("/numbers/008613912345678")]
    [InlineData("/numbers/%EF%BC%91%EF%BC%93%EF%BC%99%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96%EF%BC%97%EF%BC%98")]
    public async Task Any_other_way_of_writing_a_number_moves_permanently_to_its_E164_page(string path)
    {
        var answer = await LookupPages.GetAsync(_api, path);

        Assert.Equal(HttpStatusCode.MovedPermanently, answer.Status);
        Assert.Equal("/numbers/+8613912345678", answer.Location);
        Assert.Equal(HttpStatusCode.OK, (await LookupPages.GetAsync(_api, answer.Location!)).Status);
    }

    [Fact]
    public async Task The_E164_page_escaped_in_the_address_is_the_page_itself()
    {
        var answer = await LookupPages.GetAsync(_api, "/numbers/%2B8613912345678");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData("zh-CN", "错误：", "输入要查询的号码，例如 13912345678 或 010-62345678", "出现问题")]
    [InlineData("zh-TW", "錯誤：", "輸入要查詢的號碼，例如 13912345678 或 010-62345678", "出現問題")]
    [InlineData("en", "Error: ", "Enter the number you want to look up, for example 13912345678 or 010-62345678", "There is a problem")]
    public async Task An_empty_box_is_asked_for_again_with_the_message_beside_the_field(string acceptLanguage, string prefix, string message, string summary)
    {
        var page = await LookupPages.PageAsync(_api, "/numbers?number=", acceptLanguage);

        Assert.Contains($"<title>{prefix}", page, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"error-summary-title\">{summary}</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"#number\">{message}</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"field field-error\">", page, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"error-message\" id=\"number-error\"><span class=\"visually-hidden\">{prefix}</span>{message}</span>", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"number-hint number-error\" aria-invalid=\"true\"", page, StringComparison.Ordinal);
    }

    public static TheoryData<string> Hostile => new()
    {
        "   ",
        new string('9', 10 * 1024),
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "139一二三45678",
        "13912345678abc",
        "../../../etc/passwd",
        "1391234567",
        "--",
        "anonymous",
        "-13912345678", // a sign is not part of a number, though libphonenumber skips it (issue #9 item 7)
        "139\u200B1234\u200B5678",
        "\0",
        new string('1', 63) + "😀", // cut inside the emoji when shown back
        new string('1', 64) + "😀", // cut inside the emoji when sent back from an address
        "%00%2e%2e%2f",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Text_that_is_no_number_is_shown_back_escaped_with_the_message_beside_the_field(string typed)
    {
        var answer = await LookupPages.GetAsync(_api, "/numbers?number=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("<span class=\"error-message\" id=\"number-error\">", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", answer.Body, StringComparison.Ordinal);
        Assert.True(answer.Body.Length < 20_000, "the text is shown back no longer than the box takes");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Text_that_is_no_number_in_the_address_goes_back_to_the_box(string typed)
    {
        if (typed.Trim().Length == 0 || typed.Contains('/', StringComparison.Ordinal) || typed.Contains('\0', StringComparison.Ordinal))
        {
            return; // no page address: /numbers/ and /numbers/a/b are other routes; a NUL in a path is refused by the server
        }

        var answer = await LookupPages.GetAsync(_api, "/numbers/" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.StartsWith("/numbers?number=", answer.Location, StringComparison.Ordinal);
        Assert.True(answer.Location!.Length < 1_000, "an overlong text goes back shortened");
        var box = await LookupPages.GetAsync(_api, answer.Location);
        Assert.Equal(HttpStatusCode.OK, box.Status);
        Assert.Contains("<span class=\"error-message\" id=\"number-error\">", box.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/numbers/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/numbers/%3Cscript%3E")]
    [InlineData("/numbers/-")]
    public async Task Odd_addresses_never_fail(string path)
    {
        var answer = await LookupPages.GetAsync(_api, path);

        Assert.True(answer.Status is HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"{path}: {(int)answer.Status}");
    }

    [Fact]
    public async Task The_lookup_pages_share_the_lookup_rate_limit_per_address()
    {
        await using var api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Web:LookupsPerMinutePerAddress"] = "3" });

        Assert.Equal(HttpStatusCode.OK, (await LookupPages.GetAsync(api, "/numbers/+8613912345678")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await LookupPages.GetAsync(api, "/numbers?number=13912345678")).Status);
        Assert.Equal(HttpStatusCode.OK, (await LookupPages.GetAsync(api, "/api/v1/numbers/13912345678")).Status);
        var refused = await LookupPages.GetAsync(api, "/numbers/+8613912345678");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
    }
}
