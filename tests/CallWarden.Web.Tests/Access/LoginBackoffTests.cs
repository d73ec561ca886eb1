using System.Net;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Access;

/// <summary>Issue #9 (5): wrong passwords for one login lock it, whatever the address they come from.</summary>
public sealed class LoginBackoffTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private TestApi _api = null!;
    private int _address;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Two attempts a minute per address: the guesses below each come from a new address, so only
        // the count per login can stop them.
        _api = await TestApi.StartAsync(new Dictionary<string, string?>(TestApi.Generous) { ["Web:LoginsPerMinutePerAddress"] = "2" });
        await _api.Get<AccessAccounts>().CreateUserAsync("ana", Password, AccessRole.Analyst, cancellationToken: Ct);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("ana")]
    [InlineData("nobody")]
    public async Task Five_wrong_passwords_from_five_addresses_lock_the_login_for_a_minute_existing_or_not(string login)
    {
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(StatusCodes.Status401Unauthorized, (await LoginAsync(login, "wrong password " + i)).Response.StatusCode);
        }

        var fifth = await LoginAsync(login, "wrong password 5");
        Assert.Equal(StatusCodes.Status429TooManyRequests, fifth.Response.StatusCode);
        Assert.Equal("60", fifth.Response.Headers.RetryAfter.ToString());
        var problem = await Problem(fifth);
        Assert.Equal("Login locked for a while", problem.GetProperty("title").GetString());
        Assert.Contains("for 60 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Locked: not even the right password is checked, from yet another address.
        var right = await LoginAsync(login, Password);
        Assert.Equal(StatusCodes.Status429TooManyRequests, right.Response.StatusCode);

        // After the minute the right password signs in; for a login that does not exist it is one more
        // wrong password, answered as for any login: a lock twice as long.
        _api.Time.Advance(TimeSpan.FromSeconds(61));
        var after = await LoginAsync(login, Password);
        Assert.Equal(login == "ana" ? StatusCodes.Status204NoContent : StatusCodes.Status429TooManyRequests, after.Response.StatusCode);
        Assert.Equal(login == "ana" ? "" : "120", after.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public async Task Each_wrong_password_after_the_lock_doubles_it_up_to_fifteen_minutes_and_the_right_one_ends_the_count()
    {
        for (var i = 1; i <= 5; i++)
        {
            await LoginAsync("ana", "wrong password");
        }

        List<string> locks = [];
        for (var i = 0; i < 6; i++)
        {
            _api.Time.Advance(TimeSpan.FromMinutes(16));
            locks.Add((await LoginAsync("ana", "wrong password")).Response.Headers.RetryAfter.ToString());
        }

        Assert.Equal(["120", "240", "480", "900", "900", "900"], locks);

        _api.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(StatusCodes.Status204NoContent, (await LoginAsync("ANA", Password)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status401Unauthorized, (await LoginAsync("ana", "wrong password")).Response.StatusCode);
    }

    [Fact]
    public async Task A_count_untouched_for_a_day_is_forgotten_and_then_removed()
    {
        for (var i = 1; i <= 4; i++)
        {
            await LoginAsync("ana", "wrong password");
        }

        _api.Time.Advance(TimeSpan.FromHours(25));
        Assert.Equal(StatusCodes.Status401Unauthorized, (await LoginAsync("ana", "wrong password")).Response.StatusCode);
        await LoginAsync("somebody", "wrong password");
        await using var db = _api.Open();
        Assert.Equal(2, await db.LoginFailures.CountAsync(Ct));

        // The sweeps run on the fake clock too; whichever comes first, the counts are gone.
        _api.Time.Advance(TimeSpan.FromHours(25));
        await _api.Get<LoginBackoff>().PruneAsync(_api.Time.GetUtcNow(), Ct);
        Assert.Empty(await db.LoginFailures.AsNoTracking().ToListAsync(Ct));
    }

    [Theory]
    [InlineData("zh-CN", "此登录名的密码错误次数过多，1 分钟内不再核对它的密码（无论从哪里登录）。请稍后再试；忘记密码请联系管理员。")]
    [InlineData("zh-TW", "此登入名稱的密碼錯誤次數過多，1 分鐘內不再核對它的密碼（無論從哪裡登入）。請稍後再試；忘記密碼請聯絡管理員。")]
    [InlineData("en-GB", "Too many wrong passwords for this login: no password is checked for it for 1 min, wherever you sign in from. Try again then; if you forgot your password, ask an administrator.")]
    public async Task The_sign_in_page_says_the_login_is_locked_and_for_how_long_in_the_readers_language(string language, string message)
    {
        for (var i = 1; i <= 4; i++)
        {
            await LoginAsync("ana", "wrong password");
        }

        using var visitor = new PageVisitor(_api, language);
        await visitor.GetAsync("/desk/sign-in");
        var answer = await visitor.PostAsync("/desk/sign-in", ("Login", " Ana "), ("Password", "fifth guess 2026"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(message, visitor.ErrorBeside("Login"));
        Assert.DoesNotContain("fifth guess 2026", visitor.Html, StringComparison.Ordinal);
    }

    /// <summary><c>POST /api/v1/access/login</c> from an address no attempt came from before.</summary>
    private async Task<HttpContext> LoginAsync(string login, string password)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { login, password });
        var address = IPAddress.Parse($"192.0.2.{++_address}");
        return await _api.App.GetTestServer().SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = address;
            c.Request.Method = "POST";
            c.Request.Path = "/api/v1/access/login";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(body);
        }, Ct);
    }

    private static async Task<JsonElement> Problem(HttpContext context)
    {
        return (await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: Ct)).RootElement;
    }
}
