using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Privacy;

/// <summary>The person's rights through <c>/api/v1/me</c>, for a caller signed in with its proven phone.</summary>
public sealed class MeApiTests : IAsyncLifetime
{
    private PrivacyWorld _world = null!;
    private HttpClient _ann = null!;
    private HttpClient _bob = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _world = await PrivacyWorld.StartAsync();
        var accounts = _world.Api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ann", World.Password, AccessRole.Reporter, phone: PrivacyWorld.AnnE164);
        await accounts.CreateUserAsync("bob", World.Password, AccessRole.Reporter, phone: PrivacyWorld.BobE164);
        _ann = await _world.Api.SignInAsync("ann", World.Password);
        _bob = await _world.Api.SignInAsync("bob", World.Password);
    }

    public async ValueTask DisposeAsync()
    {
        _ann.Dispose();
        _bob.Dispose();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task The_data_of_the_caller_s_phone_and_of_no_other_comes_back_as_json()
    {
        var ann = await _ann.GetFromJsonAsync<JsonElement>("/api/v1/me/data", Ct);
        var bob = await _bob.GetStringAsync("/api/v1/me/data", Ct);

        Assert.Equal("+8613700137201", ann.GetProperty("phone").GetString());
        Assert.Equal(2, ann.GetProperty("sections").GetProperty("reports").GetArrayLength());
        Assert.True(ann.GetProperty("sections").GetProperty("rules").GetProperty("rules").GetProperty("labelOnly").GetBoolean());
        Assert.Equal("privacy-2026-12", ann.GetProperty("currentNotice").GetString());
        Assert.DoesNotContain("13700137201", bob, StringComparison.Ordinal);
        Assert.DoesNotContain("13912340102", bob, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"email\":\"wang@\",\"language\":\"en\"}", "email")]
    [InlineData("{\"name\":\"王\",\"language\":\"fr\"}", "language")]
    [InlineData("{\"name\":\"王\\u0007\",\"language\":\"en\"}", "name")]
    [InlineData("[]", "")]
    [InlineData("{\"language\":", "")]
    public async Task A_bad_contact_correction_is_refused_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _ann.PutAsync("/api/v1/me/contact", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(field.Length == 0 || problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await using var db = _world.Api.Open();
        Assert.False(await db.PrivacyAudit.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_correction_answers_the_details_as_now_stored()
    {
        using var response = await _ann.PutAsJsonAsync("/api/v1/me/contact", new { name = "王小明", email = "wang@example.cn", language = "en" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var contact = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("+8613700137201", "en"), (contact.GetProperty("phone").GetString(), contact.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task A_withdrawal_must_be_confirmed_and_then_leaves_the_statistics_and_reputation_unchanged()
    {
        var before = await _world.CountsAsync();
        using var unconfirmed = await _ann.PostAsJsonAsync("/api/v1/me/withdrawal", new { confirm = false }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);

        using var response = await _ann.PostAsJsonAsync("/api/v1/me/withdrawal", new { confirm = true }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, outcome.GetProperty("removed").GetProperty("reports").GetInt32());
        Assert.Equal(before, await _world.CountsAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _ann.GetAsync("/api/v1/me/data", Ct)).StatusCode);
        var bob = await _bob.GetFromJsonAsync<JsonElement>("/api/v1/me/data", Ct);
        Assert.Equal(1, bob.GetProperty("sections").GetProperty("reports").GetArrayLength());
    }
}
