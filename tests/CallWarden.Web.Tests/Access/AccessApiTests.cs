using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Access;

public sealed class AccessApiTests(World world) : IClassFixture<World>
{
    [Theory]
    [InlineData("ana", "wrong password")]
    [InlineData("nobody", World.Password)]
    public async Task A_wrong_login_is_refused_without_saying_which_part_was_wrong(string login, string password)
    {
        var response = await world.Client(Identity.Anonymous).PostAsJsonAsync("/api/v1/access/login", new { login, password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Unknown login or wrong password", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        await using var db = world.Api.Open();

        Assert.All(db.Users, u => Assert.DoesNotContain(World.Password, u.PasswordHash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_an_administrator_creates_is_shown_once_works_and_stops_when_revoked()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = world.Client(Identity.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/access/keys", new { name = "china-mobile-desk", role = "carrier_operator", carrier = "china_mobile", scopes = new[] { "cases:read" } }, ct);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        var (id, key) = (body.GetProperty("id").GetInt64(), body.GetProperty("key").GetString()!);
        using var client = world.Api.WithKey(key);
        using var header = world.Api.Anonymous();
        header.DefaultRequestHeaders.Add("X-Api-Key", key);

        var before = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/cases", ct);
        var byHeader = await header.GetAsync("/api/v1/cases", ct);
        var revoked = await admin.DeleteAsync($"/api/v1/access/keys/{id}", ct);
        var after = await client.GetAsync("/api/v1/cases", ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Single(before!);
        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        await using var db = world.Api.Open();
        Assert.DoesNotContain(db.ApiKeys, k => k.Name == "china-mobile-desk" && k.Scopes.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"name":"x","role":"carrier_operator","scopes":[]}""", "carrier")]
    [InlineData("""{"name":"x","role":"analyst","carrier":"china_mobile"}""", "carrier")]
    [InlineData("""{"name":"x","role":"superuser"}""", "role")]
    [InlineData("""{"name":"x","role":"client","scopes":["everything"]}""", "scopes")]
    [InlineData("""{"name":"","role":"client"}""", "name")]
    [InlineData("""{"name":"x","role":"client","scopes":"cases:read"}""", "scopes")]
    public async Task A_bad_key_request_is_refused_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await world.Client(Identity.Administrator).PostAsync("/api/v1/access/keys", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("police-desk", "police_liaison", null)]
    [InlineData("reporter-138", "reporter", "138 0013 8001")]
    public async Task An_administrator_creates_police_and_reporter_logins_that_sign_in_with_their_role(string login, string role, string? phone)
    {
        var ct = TestContext.Current.CancellationToken;

        var created = await world.Client(Identity.Administrator).PostAsJsonAsync("/api/v1/access/users", new { login, password = World.Password, role, phone }, ct);
        using var client = await world.Api.SignInAsync(login, World.Password);
        var cases = await client.GetAsync("/api/v1/cases", ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(role == "police_liaison" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, cases.StatusCode);
        await using var db = world.Api.Open();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Login == login, ct);
        Assert.Equal(role, user.Role.ToRole());
        Assert.Equal(phone is null ? null : 8613800138001L, user.Phone);
    }

    [Theory]
    [InlineData("""{"login":"x","password":"short","role":"analyst"}""", "password")]
    [InlineData("""{"login":"x","password":"long enough password","role":"analyst","phone":"not a phone"}""", "phone")]
    [InlineData("""{"password":"long enough password","role":"analyst"}""", "login")]
    [InlineData("""{"login":["x"],"password":"long enough password","role":"analyst"}""", "login")]
    public async Task A_bad_user_request_is_refused_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await world.Client(Identity.Administrator).PostAsync("/api/v1/access/users", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
