using System.Globalization;
using System.Net;
using System.Security.Claims;
using CallWarden.Core.Privacy;
using CallWarden.Data.Intake;
using CallWarden.Data.Privacy;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Privacy;

public sealed class PrivacyPageTests : IAsyncLifetime
{
    private const string Phone = "13700137100";
    private const long PhoneE164 = 8613700137100;

    private TestApi _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _api = await TestApi.StartAsync(new Dictionary<string, string?> { ["Web:Verification:ShowCodes"] = "true" });

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("zh-CN", "<h1>隐私声明</h1>", "现行版本：privacy-2026-12", "发送短信“删除”到 12321")]
    [InlineData("zh-TW", "<h1>隱私聲明</h1>", "現行版本：privacy-2026-12", "傳送簡訊「刪除」到 12321")]
    [InlineData("en-GB", "<h1>Privacy notice</h1>", "Version in force: privacy-2026-12", "text DELETE to 12321")]
    public async Task The_notice_in_force_is_shown_to_anyone_in_their_language(string language, string heading, string version, string sms)
    {
        using var reader = new PageVisitor(_api, language);

        var page = await reader.GetAsync("/privacy");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(heading, reader.Text, StringComparison.Ordinal);
        Assert.Contains(version, reader.Text, StringComparison.Ordinal);
        Assert.Contains(sms, reader.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/my-data\"", reader.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_and_saving_protection_record_the_phone_s_consents()
    {
        using var person = new PageVisitor(_api, "en-GB");

        await person.SignInAsync(Phone);
        await person.PostAsync("/protection?handler=Preview", ProtectionForm());
        var previewed = System.Text.RegularExpressions.Regex.Match(person.Html, "name=\"Input.PreviewedAs\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        await person.PostAsync("/protection?handler=Save", [.. ProtectionForm(), KeyValuePair.Create("Input.PreviewedAs", previewed)]);

        await using var db = _api.Open();
        var consents = await db.Consents.AsNoTracking().Where(c => c.Phone == PhoneE164).OrderBy(c => c.Id).ToListAsync(Ct);
        Assert.Equal([ConsentPurpose.SignIn, ConsentPurpose.Screening], consents.Select(c => c.Purpose));
        Assert.All(consents, c => Assert.Equal(("+8613700137100", "privacy-2026-12", IntakeChannel.Web), (c.Subject, c.Notice, c.Channel)));
    }

    [Fact]
    public async Task A_phone_that_agrees_to_the_notice_in_force_goes_back_where_it_was_going()
    {
        using var person = new PageVisitor(_api, "en-GB");
        await person.SignInAsync(Phone);

        await person.GetAsync("/privacy/accept?returnUrl=%2Fprotection");
        Assert.Contains("The privacy notice has changed", person.Text, StringComparison.Ordinal);
        Assert.Contains("please read the privacy notice in force (version privacy-2026-12)", person.Text, StringComparison.Ordinal);
        var answer = await person.PostAsync("/privacy/accept?handler=Accept", ("ReturnUrl", "/protection"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("<h1>My protection</h1>", person.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_that_declines_is_signed_out_and_told_what_that_means()
    {
        using var person = new PageVisitor(_api, "en-GB");
        await person.SignInAsync(Phone);
        await person.GetAsync("/privacy/accept?returnUrl=%2Fprotection");

        await person.PostAsync("/privacy/accept?handler=Decline", ("ReturnUrl", "/protection"));

        Assert.Contains("<h1>You are signed out</h1>", person.Html, StringComparison.Ordinal);
        Assert.Contains("text DELETE to 12321 and reply CONFIRM DELETE", person.Text, StringComparison.Ordinal);
        var protection = await person.GetAsync("/protection", follow: false);
        Assert.Equal(HttpStatusCode.Redirect, protection.Status);
        Assert.StartsWith("http://localhost/sign-in", protection.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/protection", "privacy-2026-12", true)]
    [InlineData("/my-data?x=1", null, true)]
    [InlineData("/protection", "privacy-2027-06", false)]
    [InlineData("/privacy", "privacy-2026-12", false)]
    [InlineData("/sign-out", "privacy-2026-12", false)]
    [InlineData("/api/v1/me/data", "privacy-2026-12", false)]
    [InlineData("/statistics.csv", "privacy-2026-12", false)]
    public async Task A_phone_signed_in_under_an_earlier_notice_is_asked_again_before_its_next_page(string path, string? agreed, bool asked)
    {
        var notices = PrivacyNotices.Shipped.With([("privacy-2027-06.zh-Hans.md", "# 新"), ("privacy-2027-06.zh-Hant.md", "# 新"), ("privacy-2027-06.en.md", "# New")]);
        var ledger = new ConsentLedger(_api.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.CallWardenDbContext>>(), notices, _api.Time);
        var passed = false;
        var gate = new NoticeGate(_ => { passed = true; return Task.CompletedTask; }, ledger);
        var http = new DefaultHttpContext();
        var (pathPart, query) = path.Contains('?', StringComparison.Ordinal) ? (path[..path.IndexOf('?', StringComparison.Ordinal)], path[path.IndexOf('?', StringComparison.Ordinal)..]) : (path, "");
        (http.Request.Method, http.Request.Path, http.Request.QueryString) = ("GET", pathPart, new QueryString(query));
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, "phone:+8613700137100"), new(ClaimTypes.Role, Roles.Reporter), new(CallerClaims.Phone, PhoneE164.ToString(CultureInfo.InvariantCulture))];
        if (agreed is not null)
        {
            claims.Add(new(CallerClaims.Notice, agreed));
        }

        http.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));

        await gate.InvokeAsync(http);

        Assert.Equal(!asked, passed);
        Assert.Equal(asked ? "/privacy/accept?returnUrl=" + Uri.EscapeDataString(path) : null, asked ? http.Response.Headers.Location.ToString() : null);
    }

    /// <summary>My protection's form as a first save sends it.</summary>
    private static List<KeyValuePair<string, string>> ProtectionForm() =>
    [
        new("Input.Version", "0"), new("Input.Anonymous", "allow"), new("Input.International", "label"), new("Input.Community", "block"),
        new("Input.Threshold", "80"), new("Input.Answer", "reject"), new("Input.ContactsOnly", "false"),
    ];
}
