using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Access;

/// <summary><c>POST /api/v1/access/users/{login}/role|enable|disable</c>: the admin page's changes through the API (issue #8 item 5).</summary>
public sealed class LoginChangesApiTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private TestApi _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await TestApi.StartAsync();
        await _api.Get<AccessAccounts>().CreateUserAsync("root", Password, AccessRole.Administrator);
        await _api.Get<AccessAccounts>().CreateUserAsync("ana", Password, AccessRole.Analyst);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_changed_role_ends_the_old_session_and_the_next_one_carries_the_new_role()
    {
        using var analyst = await _api.SignInAsync("ana", Password);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/cases", Ct)).StatusCode);
        using var admin = await _api.SignInAsync("root", Password);

        var changed = await admin.PostAsJsonAsync("/api/v1/access/users/ANA/role", new { role = "carrier_operator", carrier = "china_mobile" }, Ct);
        var oldSession = await analyst.GetAsync("/api/v1/cases", Ct);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        using var operatorClient = await _api.SignInAsync("ana", Password);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/v1/cases", Ct)).StatusCode);
        await using var db = _api.Open();
        var audit = await db.AccountAudit.SingleAsync(Ct);
        Assert.Equal(("ana", "user:root", AccountChange.AccessChanged, "analyst", "carrier_operator:china_mobile"), (audit.Login, audit.Actor, audit.Change, audit.From, audit.To));
    }

    [Theory]
    [InlineData("""{"role":"superuser"}""", "role")]
    [InlineData("""{"role":"carrier_operator"}""", "carrier")]
    [InlineData("""{"role":"analyst","carrier":"china_mobile"}""", "carrier")]
    [InlineData("""{"role":"carrier_operator","carrier":"att"}""", "carrier")]
    [InlineData("""{"role":7}""", "role")]
    [InlineData("""not json""", null)]
    [InlineData("""{}""", "role")]
    public async Task A_bad_role_payload_is_refused_with_its_field_and_changes_nothing(string body, string? field)
    {
        using var analyst = await _api.SignInAsync("ana", Password);
        using var admin = await _api.SignInAsync("root", Password);

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await admin.PostAsync("/api/v1/access/users/ana/role", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/cases", Ct)).StatusCode);
        await using var db = _api.Open();
        Assert.False(await db.AccountAudit.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_disabled_login_enabled_again_through_the_api_signs_in_and_both_changes_are_audited()
    {
        using var admin = await _api.SignInAsync("root", Password);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/v1/access/users/ana/disable", null, Ct)).StatusCode);
        var whileDisabled = await _api.Anonymous().PostAsJsonAsync("/api/v1/access/login", new { login = "ana", password = Password }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/v1/access/users/ana/enable", null, Ct)).StatusCode);
        var again = await _api.Anonymous().PostAsJsonAsync("/api/v1/access/login", new { login = "ana", password = Password }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, whileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        await using var db = _api.Open();
        Assert.Equal(
            [(AccountChange.Disabled, "user:root"), (AccountChange.Enabled, "user:root")],
            (await db.AccountAudit.OrderBy(a => a.Id).ToListAsync(Ct)).Select(a => (a.Change, a.Actor)));
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("%E2%80%AEana")]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_login_is_not_found_to_change_or_enable(string login)
    {
        using var admin = await _api.SignInAsync("root", Password);

        var role = await admin.PostAsJsonAsync($"/api/v1/access/users/{login}/role", new { role = "analyst" }, Ct);
        var enable = await admin.PostAsync($"/api/v1/access/users/{login}/enable", null, Ct);
        var tooLong = await admin.PostAsync($"/api/v1/access/users/{new string('a', 5000)}/enable", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, role.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, enable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tooLong.StatusCode);
    }

    [Theory]
    [InlineData("role")]
    [InlineData("disable")]
    [InlineData("enable")]
    public async Task An_administrator_cannot_change_disable_or_enable_their_own_login(string action)
    {
        using var admin = await _api.SignInAsync("root", Password);

        var response = action == "role"
            ? await admin.PostAsJsonAsync("/api/v1/access/users/Root/role", new { role = "analyst" }, Ct)
            : await admin.PostAsync($"/api/v1/access/users/Root/{action}", null, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("signed in with", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/cases", Ct)).StatusCode);
        await using var db = _api.Open();
        Assert.Equal(AccessRole.Administrator, (await db.Users.SingleAsync(u => u.Login == "root", Ct)).Role);
    }
}
